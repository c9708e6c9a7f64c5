import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { logger } from '../../logger';
import { ErrorCode, databaseFailure } from '../../shared/errors';
import { render, type MessageParams } from '../../shared/messages';

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.PERIOD_LOCKED]: 409,
  FILE_TOO_LARGE: 413,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

function sendBody(res: Response, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(STATUS[code] ?? 500).json({ error: { code, message, ...extra } });
}

/**
 * The JSON error body of the file endpoints: `{ "error": { "code", "message", "messageKey", "params", "field"? } }`,
 * the message being the catalogue's `key` in the request's language (as GraphQL errors).
 */
export function sendError(res: Response, code: string, key: string, params: MessageParams = {}, extra: Record<string, unknown> = {}): void {
  sendBody(res, code, render(key, params), { messageKey: key, params, ...extra });
}

/**
 * Answers an error thrown while handling a file request: the API's coded errors keep their code (as
 * HTTP statuses), the database being away (or too slow) answers 503 SERVICE_UNAVAILABLE as GraphQL does,
 * anything else is logged and masked, like GraphQL's internal errors.
 */
export function sendFailure(res: Response, error: unknown): void {
  const unavailable = databaseFailure(error);
  if (unavailable) {
    logger.warn({ err: error }, 'database unavailable during a file import or export');
    return sendFailure(res, unavailable);
  }
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && error.extensions.code in STATUS) {
    const { code, ...extra } = error.extensions;
    if (!res.headersSent) sendBody(res, code as string, error.message, extra);
    else res.end(`${JSON.stringify({ type: 'error', code, message: error.message })}\n`);
    return;
  }
  logger.error({ err: error }, 'unexpected error in a file import or export');
  if (!res.headersSent) sendError(res, 'INTERNAL_SERVER_ERROR', 'errors.internal');
  else res.end(`${JSON.stringify({ type: 'error', code: 'INTERNAL_SERVER_ERROR', message: render('errors.internal') })}\n`);
}
