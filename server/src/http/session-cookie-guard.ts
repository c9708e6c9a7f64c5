import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { SESSION_COOKIE, sessionCookieOf } from '../auth/session-cookie';
import type { Refusal } from './refuse';

/**
 * A session cookie that cannot be decoded is bad input: 400 BAD_REQUEST before any handler reads it
 * (it used to surface as a 500 from deep inside identification). The answer also clears the cookie, so
 * the browser recovers on its own and the person simply signs in again.
 */
export function refuseMalformedSessionCookie(answer: Refusal): RequestHandler {
  return (req, res, next) => {
    try {
      sessionCookieOf(req.headers.cookie);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      res.clearCookie(SESSION_COOKIE, { path: '/' });
      answer(res, 400, error);
      return;
    }
    next();
  };
}
