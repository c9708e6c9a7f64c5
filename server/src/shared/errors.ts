import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable, isStatementTimeout } from './database-errors';

/**
 * Every error a client may see, created here and nowhere else. Each carries `extensions.code`
 * (SPEC §4); anything thrown that is not one of these is masked as an internal error.
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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const PUBLIC_CODES = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

function coded(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = (message = 'Sign in first') => coded(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Your role may not do this') => coded(ErrorCode.FORBIDDEN, message);

/**
 * Also the answer for rows outside the caller's scope: the two must be indistinguishable. `field` names
 * the input that pointed at the missing row (e.g. `communeId`), so a form can show it next to the field.
 */
export const notFound = (entity: string, id?: number | string, field?: string) =>
  coded(ErrorCode.NOT_FOUND, `${entity} not found`, { entity, ...(id === undefined ? {} : { id }), ...(field === undefined ? {} : { field }) });

export const badInput = (field: string, message: string) => coded(ErrorCode.BAD_USER_INPUT, message, { field });

export const conflict = (entity: string, message = `${entity} was changed by someone else; reload it and try again`) =>
  coded(ErrorCode.CONFLICT, message, { entity });

/**
 * A change that lost to concurrent changes of the same money (a deadlock, or a Galera certification
 * failure) on every attempt the server made (db/transactions.ts). Nothing of it was stored: send it again.
 */
export const tooMuchContention = (attempts: number) =>
  coded(ErrorCode.CONFLICT, 'Too many changes at the same moment; nothing was saved, try again', { entity: 'Transaction', retryable: true, attempts });

/** A delete refused because other rows still point at this one (e.g. a participant with attendance). */
export const inUse = (entity: string, message: string) => coded(ErrorCode.IN_USE, message, { entity });

export const rateLimited = (retryAfterSeconds: number, message = 'Too many attempts; try again later') =>
  coded(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });

/** A request the server cannot read at all (not JSON, too large); the code is Apollo's own for such requests. */
export const badRequest = (message: string, extensions: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', ...extensions } });

/** A query refused before it runs: too deep, too costly, or too many operations in one request. */
export const queryTooComplex = (message: string, figures: Record<string, number>) => coded(ErrorCode.QUERY_TOO_COMPLEX, message, figures);

/**
 * The database cannot be reached (down, restarting, connection lost). A change cut off mid-way was rolled
 * back, but one cut off while committing may have landed: the client reloads before repeating a change.
 */
export const serviceUnavailable = (message = 'The database is unavailable; try again in a moment (reload before repeating a change)') =>
  coded(ErrorCode.SERVICE_UNAVAILABLE, message, { retryable: true });

/** A statement cut by the per-statement limit (DB_STATEMENT_TIMEOUT_MS): retryable like an outage, and said so. */
export const statementTimedOut = () =>
  serviceUnavailable('The database took too long to answer; try again in a moment (reload before repeating a change)');

/**
 * The coded answer to an error thrown by the database driver, or null when it is not the database's
 * fault. The one place both GraphQL (graphql/format-error.ts) and the REST routes turn driver errors into codes.
 */
export function databaseFailure(error: unknown): GraphQLError | null {
  if (isStatementTimeout(error)) return statementTimedOut();
  return isDatabaseUnavailable(error) ? serviceUnavailable() : null;
}

export interface BudgetFigures {
  cap: number;
  committed: number;
  requested: number;
  headroom: number;
}
export const budgetCapExceeded = (figures: BudgetFigures, message = 'Study tours would pass the exchange cap for the year') =>
  coded(ErrorCode.BUDGET_CAP_EXCEEDED, message, { ...figures });
export const budgetExceeded = (figures: BudgetFigures, message = 'The district’s allocation for the year would be exceeded') =>
  coded(ErrorCode.BUDGET_EXCEEDED, message, { ...figures });

export interface PeriodLock {
  fiscalYear: number;
  /** null: the province's own activities of a closed year. */
  districtId: number | null;
  status: string;
  lockedBy: string | null;
}
/** A write into a district-year that is submitted or approved, or into the province level of a closed year (docs/DOMAIN.md). */
export const periodLocked = (lock: PeriodLock) => {
  const who = lock.lockedBy ?? '?';
  const message =
    lock.districtId === null
      ? `Năm ${lock.fiscalYear} đã được tỉnh khoá sổ (${who}): không thể thay đổi hoạt động cấp tỉnh. / Year ${lock.fiscalYear} was closed by ${who}: province-level activities cannot change.`
      : `Số liệu năm ${lock.fiscalYear} của huyện đã bị khoá (${lock.status === 'APPROVED' ? 'đã phê duyệt' : 'đã nộp'} bởi ${who}). / ` +
        `The district's figures for ${lock.fiscalYear} are locked (${lock.status.toLowerCase()} by ${who}).`;
  return coded(ErrorCode.PERIOD_LOCKED, message, { ...lock });
};
