import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { formatMoney } from '../format';

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/** The GraphQL errors inside whatever Apollo threw (an ApolloError or a CombinedGraphQLErrors-like object). */
export function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  const e = error as { graphQLErrors?: GraphQLErrorLike[]; errors?: GraphQLErrorLike[] } | null;
  return e?.graphQLErrors ?? e?.errors ?? [];
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** One error in the user's words; the money rules show their figures. */
export function describeError(t: Translate, error: GraphQLErrorLike): string {
  const ext = error.extensions ?? {};
  const code = String(ext.code ?? '');
  if (code === 'BUDGET_CAP_EXCEEDED' || code === 'BUDGET_EXCEEDED') {
    const money = (k: string) => formatMoney(Number(ext[k] ?? 0));
    return t(`errors.${code}`, { cap: money('cap'), committed: money('committed'), requested: money('requested'), headroom: money('headroom') });
  }
  if (code === 'PERIOD_LOCKED') {
    // The server names the year, the lock and who locked it; a lock is never a silent failure.
    const values = { year: ext.fiscalYear, status: t(`enums.YearStatusValue.${String(ext.status)}`), by: ext.lockedBy ?? '?' };
    return t(ext.districtId === null ? 'errors.PERIOD_LOCKED_PROVINCE' : 'errors.PERIOD_LOCKED', values);
  }
  if (['CONFLICT', 'IN_USE', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED'].includes(code)) return t(`errors.${code}`);
  return t('errors.generic', { message: error.message });
}

/** What a failed query or mutation says, in the user's words (network failures included). */
export function describeFailure(t: Translate, error: unknown): string {
  const errors = graphQLErrorsOf(error);
  return errors.length > 0 ? describeError(t, errors[0]) : t('errors.generic', { message: (error as Error)?.message ?? String(error) });
}

/**
 * Field errors beside their field (extensions.field, e.g. "phone" or "input.phone") and one
 * message for the rest, including the figures of the money rules.
 */
export function useServerErrors() {
  const { t } = useI18n();
  const fields = reactive<Record<string, string>>({});
  const general = ref('');

  function clear(): void {
    for (const key of Object.keys(fields)) delete fields[key];
    general.value = '';
  }

  /** Puts each field error beside its field and the rest (or a network failure) in `general`. */
  function show(error: unknown): void {
    clear();
    const errors = graphQLErrorsOf(error);
    if (errors.length === 0) {
      general.value = describeFailure(t, error);
      return;
    }
    for (const e of errors) {
      const field = e.extensions?.field;
      if (typeof field === 'string' && field !== '') {
        const name = field.split('.').pop() as string;
        fields[name] = e.message.replace(new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s*`), '');
        // Several failures of one input: the server lists them all in extensions.fields.
        for (const f of (e.extensions?.fields as { field: string; message: string }[] | undefined) ?? []) {
          fields[f.field.split('.').pop() as string] ??= f.message;
        }
      } else {
        general.value = describeError(t, e);
      }
    }
  }

  return { fields, general, clear, show };
}
