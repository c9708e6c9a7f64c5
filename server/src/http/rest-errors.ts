import type { ErrorRequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { logger } from '../logger';
import { ErrorCode, databaseFailure, internalError } from '../shared/errors';
import type { Refusal } from './refuse';

/** The status of each code the routes outside GraphQL answer with; any other code is masked as a 500. */
const STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.PERIOD_LOCKED]: 409,
  FILE_TOO_LARGE: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  INTERNAL_SERVER_ERROR: 500,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * The one answer of the routes outside GraphQL (/api, /reports, and the refusals in front of them) to a
 * coded error: `{ "error": { "code", "message", "messageKey", "params", "field"?, … } }` — a GraphQL
 * error's extensions with its message beside them, already in the request's language. Once a response
 * has begun its status cannot change: an import report (NDJSON) ends with the error as its last line, and
 * a download is cut short so that no client mistakes its first part for the whole file.
 */
export function sendRestError(res: Response, error: GraphQLError, status = STATUS[String(error.extensions.code)] ?? 500): void {
  const body = { ...error.extensions, message: error.message };
  if (!res.headersSent) res.status(status).json({ error: body });
  else if (String(res.getHeader('content-type')).includes('ndjson')) res.end(`${JSON.stringify({ type: 'error', ...body })}\n`);
  else res.destroy();
}

/** A refusal by the guards in front of the REST routes (cookie, cross-site, rate limit), in the REST shape. */
export const refuseRest: Refusal = (res, status, error) => sendRestError(res, error, status);

/**
 * Answers whatever a REST route threw: the API's coded errors keep their code, the database being away
 * (or too slow) answers 503 SERVICE_UNAVAILABLE as GraphQL does, anything else is logged in full and
 * masked, like GraphQL's internal errors. The log lines carry the request's id (logger.ts).
 */
export function sendRestFailure(res: Response, error: unknown): void {
  const unavailable = databaseFailure(error);
  if (unavailable) {
    logger.warn({ err: error }, 'database unavailable in an HTTP route');
    return sendRestError(res, unavailable);
  }
  if (error instanceof GraphQLError && String(error.extensions.code) in STATUS) return sendRestError(res, error);
  logger.error({ err: error }, 'unexpected error in an HTTP route');
  sendRestError(res, internalError());
}

/** The app's last handler: what any route passed on or threw, answered as sendRestFailure says. */
export const restErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  sendRestFailure(res, error);
};
