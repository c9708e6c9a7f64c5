import { parse } from 'cookie';
import { malformedSessionCookie } from '../shared/errors';

export const SESSION_COOKIE = 'p135_session';

/**
 * The web portal's session token from the Cookie header, or null without one. Cookies are parsed here
 * and nowhere else (the maintained `cookie` package); other sites' cookies on the same host are never
 * decoded, but ours must decode: a mangled value (`%E0%A4%A`) is bad input, answered 400 BAD_REQUEST.
 */
/**
 * Another cookie of ours, raw (it is written URL-safe, so nothing to decode); null when absent. Only the
 * session cookie's malformation is an error: a cookie that proves nothing on its own (the device cookie)
 * is simply not recognised when it does not verify.
 */
export function rawCookieOf(header: string | undefined, name: string): string | null {
  if (!header) return null;
  return parse(header, { decode: (value) => value })[name] ?? null;
}

export function sessionCookieOf(header: string | undefined): string | null {
  if (!header) return null;
  const raw = parse(header, { decode: (value) => value })[SESSION_COOKIE];
  if (raw === undefined) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    throw malformedSessionCookie(SESSION_COOKIE);
  }
}
