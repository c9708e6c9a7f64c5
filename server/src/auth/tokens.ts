import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'portal-135';

/** Bounds the memory of verified tokens; past it the map starts afresh (each live token then verifies once more). */
const MAX_REMEMBERED_TOKENS = 10_000;

/** Short-lived signed session tokens (HS256). The token names the user only; rights are read fresh per request. */
export class TokenService {
  /** A KeyObject, made once: with raw bytes jose would import the key again on every verify. */
  private readonly key: KeyObject;
  /**
   * Tokens this process has verified, with their expiry. The signature over the same bytes cannot change
   * and tokens are never revoked (they name the user only; the account is read per request), so a
   * remembered token is as good as a verified one until it expires — and jose's verify is an async
   * WebCrypto job per request otherwise (docs/SCALING.md).
   */
  private readonly verified = new Map<string, { userId: number; expiresAtMs: number }>();

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  async issue(userId: number): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The user id, or null for anything forged, expired or malformed. */
  async verify(token: string): Promise<number | null> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return known.userId;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const id = Number(payload.sub);
      if (!Number.isSafeInteger(id)) return null;
      if (payload.exp !== undefined) {
        if (this.verified.size >= MAX_REMEMBERED_TOKENS) this.verified.clear();
        this.verified.set(token, { userId: id, expiresAtMs: payload.exp * 1000 });
      }
      return id;
    } catch {
      return null;
    }
  }
}
