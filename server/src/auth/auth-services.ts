import type { TokenService } from './tokens';
import type { LoginThrottle } from './login-throttle';
import type { SessionRevocations } from './session-revocation';
import type { PasswordWork } from './password-work';
import type { DeviceCookies } from './device-cookie';

/** The process-wide pieces of authentication, built once at start and shared by every request. */
export interface AuthServices {
  tokens: TokenService;
  throttle: LoginThrottle;
  /** Sessions ended by signing out, as this instance last read them (at most SESSION_STALENESS_MS old). */
  revocations: SessionRevocations;
  /** Bounds the argon2 checks of sign-in. */
  passwordWork: PasswordWork;
  /** The signed cookie that gives a browser "good history" with an account. */
  devices: DeviceCookies;
  /** Demo accounts are refused in production even if rows exist. */
  refuseDemoAccounts: boolean;
  /** COOKIE_SECURE: the session cookie is sent over HTTPS only (config.ts). */
  secureCookies: boolean;
}

export { SESSION_COOKIE } from './session-cookie';
