import helmet from 'helmet';
import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Security headers for the API and the web app served from the same origin: helmet's defaults, whose
 * content security policy allows only this origin's scripts (default-src 'self'). Insecure requests are
 * not upgraded, because the portal may be served over plain HTTP inside a provincial network.
 */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { useDefaults: true, directives: { upgradeInsecureRequests: null } } });
}

/** Browsers on the listed origins may call the API; with none listed, only the portal's own origin can. */
export function corsAllowList(origins: readonly string[]): RequestHandler {
  return cors({
    origin: origins.length > 0 ? [...origins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'idempotency-key'],
    // A replayed answer of a keyed mutation says so (docs/API.md, Idempotency-Key).
    exposedHeaders: ['idempotency-replayed'],
    maxAge: 600,
  });
}
