import type { TokenService } from './tokens';
import type { LoginThrottle } from './login-throttle';
import type { SessionRevocations } from './session-revocation';

/** The process-wide pieces of authentication, built once at start and shared by every request. */
export interface AuthServices {
  tokens: TokenService;
  throttle: LoginThrottle;
  /** Sessions ended by signing out, as this instance last read them (at most SESSION_STALENESS_MS old). */
  revocations: SessionRevocations;
  /** Demo accounts are refused in production even if rows exist. */
  refuseDemoAccounts: boolean;
  /** COOKIE_SECURE: the session cookie is sent over HTTPS only (config.ts). */
  secureCookies: boolean;
}

export { SESSION_COOKIE } from './session-cookie';
