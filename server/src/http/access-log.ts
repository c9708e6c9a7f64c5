import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

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

declare module 'node:http' {
  interface IncomingMessage {
    /** X-Request-Id as the access log settled it (accessLog). */
    id?: string;
  }
}

type Level = 'error' | 'warn' | 'info';

/**
 * One line per request: its id, method, URL (loggedUrl), status and duration in ms, written when the
 * answer has gone or the connection closed. Headers and bodies are never
 * logged: they carry passwords, tokens, cookies and personal data. The id is answered in X-Request-Id
 * and, through withRequestLanguage's store, names every other line the request writes (logger.ts).
 * Health probes are not logged: a load balancer asks every few seconds.
 *
 * Written here rather than with pino-http, which made a child logger per request and serialised the
 * request into it before knowing whether a line would be written: ~5 % of a page's CPU with info lines
 * off (docs/SCALING.md, fourth round). The line has the shape pino-http gave it.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    req.id = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    if (req.url !== '/healthz') {
      const started = Date.now();
      const done = () => {
        res.off('finish', done);
        res.off('close', done);
        const level: Level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        const line = {
          req: { id, method: req.method, url: loggedUrl(req.originalUrl ?? req.url) },
          res: { statusCode: res.statusCode },
          responseTime: Date.now() - started,
        };
        logger[level](line, level === 'error' ? 'request errored' : 'request completed');
      };
      res.on('finish', done);
      res.on('close', done);
    }
    next();
  };
}
