import { GraphQLError } from 'graphql';
import type { Violation } from '../../../shared/rules/violation';
import { isDatabaseUnavailable, isStatementTimeout } from './database-errors';
import { entityLabel, render, renderForField, renderViolation, type MessageParams } from './messages';

/**
 * Every error a client may see, created here and nowhere else. Each carries `extensions.code`
 * (docs/API.md, "Errors"); anything thrown that is not one of these is masked as an internal error.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  IN_USE: 'IN_USE',
  BUDGET_CAP_EXCEEDED: 'BUDGET_CAP_EXCEEDED',
  BUDGET_EXCEEDED: 'BUDGET_EXCEEDED',
  PERIOD_LOCKED: 'PERIOD_LOCKED',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  IDEMPOTENCY_KEY_INVALID: 'IDEMPOTENCY_KEY_INVALID',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_IN_PROGRESS: 'IDEMPOTENCY_IN_PROGRESS',
  IDEMPOTENCY_KEY_LIMIT: 'IDEMPOTENCY_KEY_LIMIT',
  IDEMPOTENCY_ANSWER_NOT_KEPT: 'IDEMPOTENCY_ANSWER_NOT_KEPT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes of requests refused before any operation runs, and of the masked internal error; not GraphQL operation outcomes. */
export type RequestCode = 'BAD_REQUEST' | 'FILE_TOO_LARGE' | 'INTERNAL_SERVER_ERROR';

export const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * A coded error whose message is the catalogue's `key` (shared/messages) in the request's language. The
 * key and its parameters travel too (`extensions.messageKey`, `extensions.params`), so a client may word
 * it itself; `{label}` is filled with the label of `extensions.field` when there is one.
 */
function coded(code: ErrorCode | RequestCode, key: string, params: MessageParams = {}, extensions: Record<string, unknown> = {}): GraphQLError {
  const field = typeof extensions.field === 'string' ? extensions.field : null;
  // An entity is named in the caller's words ("hoạt động"); params keep the language-neutral type name.
  const shown = typeof params.entity === 'string' ? { ...params, entity: entityLabel(params.entity) } : params;
  const message = field === null ? render(key, shown) : renderForField(key, field, shown);
  return new GraphQLError(message, { extensions: { code, ...extensions, messageKey: key, params } });
}

export const unauthenticated = (key = 'errors.signInFirst') => coded(ErrorCode.UNAUTHENTICATED, key);
export const forbidden = (key = 'errors.forbidden', params: MessageParams = {}) => coded(ErrorCode.FORBIDDEN, key, params);

/**
 * Also the answer for rows outside the caller's scope: the two must be indistinguishable. `field` names
 * the input that pointed at the missing row (e.g. `communeId`), so a form can show it next to the field.
 */
export const notFound = (entity: string, id?: number | string, field?: string) =>
  coded(
    ErrorCode.NOT_FOUND,
    'errors.notFound',
    { entity },
    {
      entity,
      ...(id === undefined ? {} : { id }),
      ...(field === undefined ? {} : { field }),
    },
  );

/** A refusal of one field's value: `key` is a rule ("rules.required") or a server message ("errors.idNumberTaken"). */
export const badInput = (field: string, key: string, params: MessageParams = {}) => coded(ErrorCode.BAD_USER_INPUT, key, params, { field });

/** The broken rules of shared/rules, all of them: the first names `field`, `fields` lists every one. */
export function invalidInput(violations: Violation[]): GraphQLError {
  const fields = violations.map((v) => ({ field: v.field, message: renderViolation(v), messageKey: `rules.${v.code}`, params: v.params ?? {} }));
  const [first] = violations;
  return coded(ErrorCode.BAD_USER_INPUT, `rules.${first.code}`, first.params ?? {}, { field: first.field, fields });
}

export const conflict = (entity: string, key = 'errors.conflict', params: MessageParams = {}) =>
  coded(ErrorCode.CONFLICT, key, { entity, ...params }, { entity });

/**
 * A change that lost to concurrent changes of the same money (a deadlock, or a Galera certification
 * failure) on every attempt the server made (db/transactions.ts). Nothing of it was stored: send it again.
 */
export const tooMuchContention = (attempts: number) => coded(ErrorCode.CONFLICT, 'errors.contention', {}, { entity: 'Transaction', retryable: true, attempts });

/** A delete refused because other rows still point at this one (e.g. a participant with attendance). */
export const inUse = (entity: string, key: string, params: MessageParams = {}) => coded(ErrorCode.IN_USE, key, params, { entity });

export const rateLimited = (retryAfterSeconds: number, key = 'errors.rateLimited', params: MessageParams = {}) =>
  coded(ErrorCode.RATE_LIMITED, key, params, { retryAfterSeconds });

/** `error` answered with HTTP `status` when it refuses the whole operation (Apollo reads and removes `extensions.http`). */
export const withHttpStatus = (error: GraphQLError, status: number) =>
  new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });

/** A request the server cannot read at all (not JSON, too large); the code is Apollo's own for such requests. */
export const badRequest = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', ...extensions } });

/** The session cookie does not decode: the client signs in again (http/session-cookie-guard.ts clears it). */
export const malformedSessionCookie = (cookie: string) => coded('BAD_REQUEST', 'errors.sessionCookieMalformed', {}, { cookie });

/** A file route or file kind that does not exist (`key` says which ones do). */
export const noSuchFile = (key: string, params: MessageParams = {}) => coded(ErrorCode.NOT_FOUND, key, params);

/** An upload past IMPORT_MAX_MB: `limit` as people read it, `limitBytes` for programs. */
export const fileTooLarge = (limit: string, limitBytes: number) => coded('FILE_TOO_LARGE', 'errors.fileTooLarge', { limit }, { limitBytes });

/** What a client sees of an unexpected failure: no stack, no SQL (the server logs the error in full). */
export const internalError = () => coded('INTERNAL_SERVER_ERROR', 'errors.internal');

/** A query refused before it runs: too deep, too costly, or too many operations in one request. */
// Said in English to the API caller who wrote the query (a developer, not a portal user); the figures are extensions.
export const queryTooComplex = (message: string, figures: Record<string, number>) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...figures } });

/**
 * The database cannot be reached (down, restarting, connection lost). A change cut off mid-way was rolled
 * back, but one cut off while committing may have landed: the client reloads before repeating a change.
 */
export const serviceUnavailable = (key = 'errors.serviceUnavailable') => coded(ErrorCode.SERVICE_UNAVAILABLE, key, {}, { retryable: true });

/** A statement cut by the per-statement limit (DB_STATEMENT_TIMEOUT_MS): retryable like an outage, and said so. */
export const statementTimedOut = () => serviceUnavailable('errors.statementTimedOut');

/**
 * The coded answer to an error thrown by the database driver, or null when it is not the database's
 * fault. The one place both GraphQL (graphql/format-error.ts) and the REST routes turn driver errors into codes.
 */
export function databaseFailure(error: unknown): GraphQLError | null {
  if (isStatementTimeout(error)) return statementTimedOut();
  return isDatabaseUnavailable(error) ? serviceUnavailable() : null;
}

/**
 * The Idempotency-Key header cannot be used as sent (docs/API.md): `key` says why — malformed, or not on
 * a request of exactly one mutation with one root field. HTTP 400.
 */
export const idempotencyKeyInvalid = (key: 'errors.idempotencyKeyMalformed' | 'errors.idempotencyKeyMutationOnly') =>
  withHttpStatus(coded(ErrorCode.IDEMPOTENCY_KEY_INVALID, key, { header: 'Idempotency-Key' }), 400);
/** The account already used this key for a different request (operation, query or variables). HTTP 422. */
export const idempotencyKeyReused = () => withHttpStatus(coded(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'errors.idempotencyKeyReused'), 422);
/** The first request with this key is still running, or its answer was not saved yet. HTTP 409: send it again later. */
export const idempotencyInProgress = () =>
  withHttpStatus(coded(ErrorCode.IDEMPOTENCY_IN_PROGRESS, 'errors.idempotencyInProgress', {}, { retryable: true }), 409);
/** A repeat's answer when the first answer was too long to keep, or lost with the process: the change was stored once, reload to see it. */
export const idempotencyAnswerNotKept = () => coded(ErrorCode.IDEMPOTENCY_ANSWER_NOT_KEPT, 'errors.idempotencyAnswerNotKept');
/** The account holds the most live keys it may (they expire after `days`). HTTP 429. */
export const idempotencyKeyLimit = (max: number, days: number) =>
  withHttpStatus(coded(ErrorCode.IDEMPOTENCY_KEY_LIMIT, 'errors.idempotencyKeyLimit', { max, days }, { max, days }), 429);

export interface BudgetFigures {
  cap: number;
  committed: number;
  requested: number;
  headroom: number;
}
export const budgetCapExceeded = (figures: BudgetFigures, key = 'errors.budgetCapExceeded') =>
  coded(ErrorCode.BUDGET_CAP_EXCEEDED, key, { ...figures }, { ...figures });
export const budgetExceeded = (figures: BudgetFigures, key = 'errors.budgetExceeded', params: MessageParams = {}) =>
  coded(ErrorCode.BUDGET_EXCEEDED, key, { ...figures, ...params }, { ...figures });

export interface PeriodLock {
  fiscalYear: number;
  /** null: the province's own activities of a closed year. */
  districtId: number | null;
  status: string;
  lockedBy: string | null;
}
/** A write into a district-year that is submitted or approved, or into the province level of a closed year (docs/DOMAIN.md). */
export const periodLocked = (lock: PeriodLock) => {
  const by = lock.lockedBy ?? '?';
  if (lock.districtId === null) return coded(ErrorCode.PERIOD_LOCKED, 'errors.periodLockedProvince', { year: lock.fiscalYear, by }, { ...lock });
  const status = render(`errors.periodStatus.${lock.status === 'APPROVED' ? 'APPROVED' : 'SUBMITTED'}`);
  return coded(ErrorCode.PERIOD_LOCKED, 'errors.periodLocked', { year: lock.fiscalYear, status, by }, { ...lock });
};
