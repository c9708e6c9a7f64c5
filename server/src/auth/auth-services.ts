import type { TokenService } from './tokens';
import type { LoginThrottle } from './login-throttle';

/** The process-wide pieces of authentication, built once at start and shared by every request. */
export interface AuthServices {
  tokens: TokenService;
  throttle: LoginThrottle;
  /** Demo accounts are refused in production even if rows exist. */
  refuseDemoAccounts: boolean;
  secureCookies: boolean;
}

export const SESSION_COOKIE = 'p135_session';
