import crypto from 'node:crypto';

/**
 * Third-party keys look like `p135_<prefix>_<secret>`: the prefix (12 hex characters) finds the row
 * and is shown in lists; the secret (32 random bytes) is never stored, only its SHA-256. A plain hash
 * is enough here (unlike passwords): the secret has 256 bits of entropy, so the hash cannot be
 * reversed by guessing, and it needs no server-side pepper that would tie keys to one TOKEN_SECRET.
 */
const KEY_PATTERN = /^p135_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  /** The whole key, given to the third party once. */
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const prefix = crypto.randomBytes(6).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  return { key: `p135_${prefix}_${secret}`, prefix, hash: hashSecret(secret) };
}

/** The prefix and secret of a presented key, or null when it is not shaped like one of ours. */
export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = KEY_PATTERN.exec(key);
  return match ? { prefix: match[1], secret: match[2] } : null;
}

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && crypto.timingSafeEqual(presented, stored);
}

/** The key in an `Authorization: ApiKey <key>` header, or null when the header carries no key. */
export function apiKeyFromHeader(header: string | undefined): string | null {
  if (!header?.startsWith('ApiKey ')) return null;
  return header.slice('ApiKey '.length).trim() || null;
}

/**
 * Names a presented key for rate limiting before anything is looked up: the hash of the whole key,
 * so that a stranger who knows only a prefix cannot spend a real key's allowance.
 */
export function keyFingerprint(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex').slice(0, 32);
}
