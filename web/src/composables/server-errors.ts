import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { formatMoney } from '../format';
import type { Violation } from '../../../shared/rules/violation';

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
 * Field errors beside their field (extensions.field, e.g. "phone" or "input.phone") and one message for
 * the rest, including the figures of the money rules. A refusal naming a field the form does not show
 * (an activity refused for its `fiscalYear`, which the dialog derives from the dates) goes to `general`:
 * no refusal may be invisible. The form names its fields in `formFields`; without them, the fields it
 * has are the ones its template reads from `fields` (what is never rendered cannot show an error).
 */
export function useServerErrors(formFields?: readonly string[]) {
  const { t } = useI18n();
  const state = reactive<Record<string, string>>({});
  const rendered = new Set<string>(formFields ?? []);
  const fields = formFields
    ? state
    : new Proxy(state, {
        get(target, key, receiver) {
          if (typeof key === 'string') rendered.add(key);
          return Reflect.get(target, key, receiver);
        },
      });
  const general = ref('');

  function clear(): void {
    for (const key of Object.keys(state)) delete state[key];
    general.value = '';
  }

  function addGeneral(message: string): void {
    if (general.value.includes(message)) return;
    general.value = general.value ? `${general.value} ${message}` : message;
  }

  /** Beside the field when the form has it, else at the form level. */
  function place(field: string, message: string): void {
    const name = field.split('.').pop() as string;
    if (!rendered.has(name)) addGeneral(message);
    else state[name] ??= message;
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
        place(field, e.message.replace(new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s*`), ''));
        // Several failures of one input: the server lists them all in extensions.fields.
        for (const f of (e.extensions?.fields as { field: string; message: string }[] | undefined) ?? []) place(f.field, f.message);
      } else {
        addGeneral(describeError(t, e));
      }
    }
  }

  /**
   * The form's own check (shared/rules, the server's rules): every broken rule at once, in the UI's
   * language and the server's words. False when there is nothing to show, so the form may send.
   */
  function showViolations(violations: Violation[]): boolean {
    clear();
    for (const v of violations) place(v.field, t(`rules.${v.code}`, { ...v.params, label: t(`fields.${v.field}`) }));
    return violations.length > 0;
  }

  return { fields, general, clear, show, showViolations };
}
