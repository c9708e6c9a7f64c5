import { computed, ref, watch, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@apollo/client/core';
import type { OperationVariables } from '@apollo/client/core';

/**
 * Cursor paging seen as numbered pages: the cursor of each page already visited is kept, so
 * "previous" goes back exactly and a change of filters starts again at page 1.
 */
export function usePager(pageSize: number, resetOn: Ref<unknown>) {
  const cursors = ref<(string | null)[]>([null]);
  const page = ref(1);
  const after = computed(() => cursors.value[page.value - 1] ?? null);

  watch(resetOn, () => {
    cursors.value = [null];
    page.value = 1;
  });

  function next(endCursor: string | null | undefined): void {
    if (!endCursor) return;
    cursors.value[page.value] = endCursor;
    page.value += 1;
  }
  function previous(): void {
    if (page.value > 1) page.value -= 1;
  }
  return { page, after, pageSize, next, previous };
}

/**
 * How long a list waits after the last change of its filters (a keystroke in its search box) before asking
 * the server: typing a name costs one request, not one per letter. Every list gets it from here.
 */
export const SEARCH_DEBOUNCE_MS = 250;

interface Connection<Node> {
  totalCount: number;
  totalCountIsExact?: boolean;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: { node: Node }[];
}

/**
 * One server-paged list: the query of the current page with the given filters, its rows, and the
 * props PagedTable needs (`v-bind="list.table.value" @next="list.next" @previous="list.previous"`).
 */
export function usePagedList<Result, Vars extends OperationVariables, Node>(
  document: TypedDocumentNode<Result, Vars>,
  options: { pageSize: number; filters: () => Omit<Vars, 'first' | 'after'>; connection: (result: Result) => Connection<Node>; debounce?: number },
  /** False while a filter is not known yet (the picked year before activeYears answers): nothing is asked meanwhile. */
  enabled: () => boolean = () => true,
) {
  const pager = usePager(
    options.pageSize,
    computed(() => JSON.stringify(options.filters())),
  );
  const query = useQuery(
    document,
    () => ({ ...options.filters(), first: options.pageSize, after: pager.after.value }) as unknown as Vars,
    () => ({ debounce: options.debounce ?? SEARCH_DEBOUNCE_MS, fetchPolicy: 'cache-and-network', enabled: enabled() }),
  );
  const connection = computed(() => (query.result.value ? options.connection(query.result.value as Result) : null));
  const rows = computed(() => connection.value?.edges.map((e) => e.node) ?? []);
  const table = computed(() => ({
    rows: rows.value,
    totalCount: connection.value?.totalCount ?? 0,
    totalCountIsExact: connection.value?.totalCountIsExact ?? true,
    page: pager.page.value,
    pageSize: options.pageSize,
    hasNextPage: connection.value?.pageInfo.hasNextPage ?? false,
    loading: query.loading.value,
    error: query.error.value,
  }));
  return {
    rows,
    table,
    loading: query.loading,
    next: () => pager.next(connection.value?.pageInfo.endCursor),
    previous: () => pager.previous(),
  };
}
