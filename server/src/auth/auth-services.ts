import type { TokenService } from './tokens';
import type { LoginThrottle } from './login-throttle';
import type { PasswordWork } from './password-work';
import type { DeviceCookies } from './device-cookie';

/** The process-wide pieces of authentication, built once at start and shared by every request. */
export interface AuthServices {
  tokens: TokenService;
  throttle: LoginThrottle;
  /** Bounds the argon2 checks of sign-in. */
  passwordWork: PasswordWork;
  /** The signed cookie that gives a browser "good history" with an account. */
  devices: DeviceCookies;
  /** Demo accounts are refused in production even if rows exist. */
  refuseDemoAccounts: boolean;
  secureCookies: boolean;
}

export const SESSION_COOKIE = 'p135_session';
