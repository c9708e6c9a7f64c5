import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { rawCookieOf } from './session-cookie';

export const DEVICE_COOKIE = 'p135_device';

/**
 * The "good history" of a browser with an account: a successful sign-in sets a signed, httpOnly cookie
 * naming the account, a random browser id and an expiry. A browser that shows it for that account
 * is judged by its own budget of guesses only, so a stranger's failures elsewhere — or behind the same
 * office router — never lock the owner out (docs/SECURITY.md "Sign-in"). It proves a past sign-in from
 * this browser, not a session: signing out leaves it in place.
 */
export class DeviceCookies {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly days: number,
    private readonly secure: boolean,
  ) {
    // A key of its own, derived from the token secret, so a device cookie can never pass as a token.
    this.key = crypto.createHmac('sha256', secret).update('p135 device cookie').digest();
  }

  /** The browser id, when the request carries a valid, unexpired cookie of this (normalised) username. */
  browserOf(req: Request, username: string): string | null {
    const [account, browser, expires, signature] = rawCookieOf(req.headers.cookie, DEVICE_COOKIE)?.split('.') ?? [];
    if (signature === undefined || account !== accountOf(username) || Number(expires) < Date.now()) return null;
    const expected = Buffer.from(this.sign(account, browser, expires));
    const given = Buffer.from(signature);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? browser : null;
  }

  /** After a successful sign-in: keeps the browser's id (its budget stays its own) and renews the expiry. */
  remember(res: Response, username: string, browser: string | null): void {
    const account = accountOf(username);
    const id = browser ?? crypto.randomBytes(16).toString('base64url');
    const maxAge = this.days * 24 * 60 * 60 * 1000;
    const expires = String(Date.now() + maxAge);
    res.cookie(DEVICE_COOKIE, `${account}.${id}.${expires}.${this.sign(account, id, expires)}`, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      maxAge,
      path: '/',
    });
  }

  private sign(account: string, browser: string, expires: string): string {
    return crypto.createHmac('sha256', this.key).update(`${account}.${browser}.${expires}`).digest('base64url');
  }
}

function accountOf(username: string): string {
  return Buffer.from(username).toString('base64url');
}
