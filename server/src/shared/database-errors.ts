/**
 * Errors that mean "the database is not there right now" rather than "this request is wrong": a refused
 * or lost connection, a connect timeout, a server shutting down or refusing more connections. They are
 * answered SERVICE_UNAVAILABLE (HTTP 503), not masked as an internal error, and the pool heals by itself
 * once the database is back.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'POOL_CLOSED',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'ER_QUERY_INTERRUPTED',
  'ER_STATEMENT_TIMEOUT',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
]);

/** mysql2 reports "used a connection that already died" by message only, and Galera a node not ready by a generic code. */
const UNAVAILABLE_MESSAGES = [
  /connection is in closed state/i,
  /Pool is closed/i,
  /Connection lost/i,
  /Queue limit reached/i,
  // A Galera node that is not part of the primary component, or still joining it, refuses every query.
  /WSREP has not yet prepared node for application use/i,
];

/**
 * A statement cut by the per-statement limit (DB_STATEMENT_TIMEOUT_MS, db/statement-timeout.ts): MariaDB's
 * max_statement_time (errno 1969, which mysql2 has no code name for) or MySQL's max_execution_time
 * (errno 3024, ER_QUERY_TIMEOUT). Answered SERVICE_UNAVAILABLE too: the database is too busy (or a lock is
 * held too long) to answer now, and the statement was rolled back.
 */
const STATEMENT_TIMEOUT_ERRNOS = new Set([1969, 3024]);

interface DriverError {
  code?: unknown;
  errno?: unknown;
  fatal?: unknown;
  message?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

export function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as DriverError;
  if (typeof e.errno === 'number' && STATEMENT_TIMEOUT_ERRNOS.has(e.errno)) return true;
  return [e.driverError, e.originalError, e.cause].some((inner) => isStatementTimeout(inner, depth + 1));
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as DriverError;
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (isStatementTimeout(e)) return true;
  // mysql2 flags every error that ends the connection as fatal (socket gone, handshake failed).
  if (e.fatal === true) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  return [e.driverError, e.originalError, e.cause].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** A unique index refused the row (MariaDB/MySQL ER_DUP_ENTRY, SQLite's unique constraint), as TypeORM wraps it. */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as DriverError | null)?.driverError as DriverError | undefined;
  return driverError?.code === 'ER_DUP_ENTRY' || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
