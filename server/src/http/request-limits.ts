import type { ErrorRequestHandler, RequestHandler } from 'express';
import { badInput, badRequest, queryTooComplex } from '../shared/errors';
import { refuse } from './refuse';

/** The largest request body read; larger ones are refused with 413 before being parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A batch (a JSON array of operations) of more than `max` operations is refused before any runs. */
export function limitBatch(max: number): RequestHandler {
  return (req, res, next) => {
    if (!Array.isArray(req.body) || req.body.length <= max) return next();
    refuse(
      res,
      400,
      queryTooComplex(`A batch may hold ${max} operations; this one holds ${req.body.length}`, { operations: req.body.length, maxOperations: max }),
    );
  };
}

/**
 * How deep the JSON of a request may nest (the batch, the operation, its variables and their values):
 * the deepest real input is a filter a few levels down. Deeper bodies are bad input, refused before
 * anything walks them recursively (a 50,000-level variable overflowed the stack: a 500).
 */
export const MAX_JSON_DEPTH = 32;

/** Refuses a parsed JSON body nested deeper than `max` with BAD_USER_INPUT. */
export function limitJsonDepth(max: number): RequestHandler {
  return (req, res, next) => {
    if (!exceedsDepth(req.body, max)) return next();
    refuse(res, 400, badInput('variables', 'errors.jsonTooDeep', { max }));
  };
}

/** Walks with its own stack, not recursion: the body it checks may be deep enough to overflow the call stack. */
function exceedsDepth(value: unknown, max: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth >= max) return true;
    for (const inner of Object.values(next.value)) pending.push({ value: inner, depth: next.depth + 1 });
  }
  return false;
}

/** The body parser's refusals (too large, not JSON) as GraphQL-shaped errors instead of Express's HTML page. */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
  if (error.type === 'entity.too.large') return refuse(res, 413, badRequest('The request body is larger than 1 MiB', { maxBytes: BODY_LIMIT_BYTES }));
  if (error.type === 'entity.parse.failed') return refuse(res, 400, badRequest('The request body is not valid JSON'));
  next(error);
};
