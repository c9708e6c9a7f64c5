import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's (or proxy's) own id is kept only when short and plain: it lands in log lines and a response header. */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Query parameters whose values are kept in the access log: ids, years, modes. Any other value (a
 * search term is a name or an ID number: personal data) is logged as "~", its parameter name kept.
 */
const LOGGED_QUERY_VALUES = new Set(['fiscalYear', 'districtId', 'communeId', 'villageId', 'activityId', 'mode', 'duplicates']);

/** The incoming X-Request-Id when it is well formed, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && WELL_FORMED_ID.test(header) ? header : crypto.randomUUID();
}

/** The URL as the access log shows it: the path, and the query with every value outside LOGGED_QUERY_VALUES hidden. */
export function loggedUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const query = new URLSearchParams(url.slice(mark + 1));
  const shown = [...query].map(([name, value]) => `${encodeURIComponent(name)}=${LOGGED_QUERY_VALUES.has(name) ? encodeURIComponent(value) : '~'}`);
  return `${url.slice(0, mark)}?${shown.join('&')}`;
}

/**
 * One line per request (pino-http): its id, method, URL (loggedUrl), status and duration in ms.
 * Headers and bodies are never logged: they carry passwords, tokens, cookies and personal data. The id
 * is answered in X-Request-Id and, through withRequestLanguage's store, names every other line the
 * request writes (logger.ts). Health probes are not logged: a load balancer asks every few seconds.
 */
export function accessLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdOf(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { originalUrl?: string }) => ({ id: req.id, method: req.method, url: loggedUrl(req.originalUrl ?? req.url ?? '') }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => req.url === '/healthz' },
  });
}
