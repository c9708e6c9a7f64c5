import type { ErrorRequestHandler, RequestHandler } from 'express';
import { badRequest, queryTooComplex } from '../shared/errors';
import { refuse } from './refuse';

/** The largest request body read; larger ones are refused with 413 before being parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A batch (a JSON array of operations) of more than `max` operations is refused before any runs. */
export function limitBatch(max: number): RequestHandler {
  return (req, res, next) => {
    if (!Array.isArray(req.body) || req.body.length <= max) return next();
    refuse(res, 400, queryTooComplex(`A batch may hold ${max} operations; this one holds ${req.body.length}`, { operations: req.body.length, maxOperations: max }));
  };
}

/** The body parser's refusals (too large, not JSON) as GraphQL-shaped errors instead of Express's HTML page. */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
  if (error.type === 'entity.too.large') return refuse(res, 413, badRequest('The request body is larger than 1 MiB', { maxBytes: BODY_LIMIT_BYTES }));
  if (error.type === 'entity.parse.failed') return refuse(res, 400, badRequest('The request body is not valid JSON'));
  next(error);
};
