import type { Request, RequestHandler } from 'express';
import { forbidden } from '../shared/errors';
import type { Refusal } from './refuse';

/** The header the web portal sends with every state-changing request outside GraphQL (web/src/transfer/import-client.ts). */
export const PORTAL_REQUEST_HEADER = 'x-requested-with';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses cross-site state-changing requests on the routes outside GraphQL (Apollo's CSRF prevention
 * guards /graphql). A page on another site can make a browser POST a form or `text/plain` body with the
 * session cookie attached (only SameSite=Strict stood in the way), but it cannot add a custom header
 * without a CORS preflight, which these routes never grant. So a POST that carries a cookie is admitted
 * when it also carries X-Requested-With (the web portal) or Authorization (a script's token or key,
 * which is then what authenticates), or when its Origin — or, lacking one, its Referer — is this very
 * host. Anything else: 403 FORBIDDEN, before the body is read. A POST without cookies has no ambient
 * credential to abuse: it goes on to the handler (401 when it brings no token either).
 */
export function refuseCrossSite(answer: Refusal): RequestHandler {
  return (req, res, next) => {
    const ambient = req.headers.cookie !== undefined && req.headers.authorization === undefined;
    if (SAFE_METHODS.has(req.method) || !ambient || req.headers[PORTAL_REQUEST_HEADER] !== undefined || sameOrigin(req)) {
      next();
      return;
    }
    answer(res, 403, forbidden('errors.crossSite', { header: PORTAL_REQUEST_HEADER }));
  };
}

function sameOrigin(req: Request): boolean {
  const source = req.headers.origin ?? req.headers.referer;
  if (!source || source === 'null' || !req.headers.host) return false;
  try {
    return new URL(source).host === req.headers.host;
  } catch {
    return false;
  }
}
