import { DEMO_PASSWORD } from '../../../seeds/demo-accounts';

/** The first administrator's password rule (docs/DEPLOY.md): long, varied, and not guessable from the account. */
export const ADMIN_PASSWORD_MIN_LENGTH = 12;
export const ADMIN_PASSWORD_MIN_DISTINCT = 6;

/** Passwords that head every leaked-password list, plus the demo password every reader of the README knows. */
const COMMON = ['password', '123456', 'qwerty', 'abc123', 'admin', 'letmein', '111111', 'matkhau', DEMO_PASSWORD];

/** Why `password` is too weak for the province administrator, or null when it passes. */
export function adminPasswordWeakness(password: string, username: string): string | null {
  if ([...password].length < ADMIN_PASSWORD_MIN_LENGTH) return `the password must have at least ${ADMIN_PASSWORD_MIN_LENGTH} characters`;
  if (new Set(password).size < ADMIN_PASSWORD_MIN_DISTINCT) {
    return `the password must use at least ${ADMIN_PASSWORD_MIN_DISTINCT} different characters (not "aaaa…" or "1212…")`;
  }
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase())) return 'the password must not contain the username';
  const common = COMMON.find((word) => lower.includes(word));
  if (common) return `the password must not contain a well-known password ("${common}")`;
  return null;
}
