import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'portal-135';

/** Bounds the memory of verified tokens; past it the map starts afresh (each live token then verifies once more). */
const MAX_REMEMBERED_TOKENS = 10_000;

/** What a genuine, unexpired token says. Whether its session is still open is asked separately (session-revocation.ts). */
export interface SessionClaims {
  userId: number;
  /** The token's `jti`: one per sign-in, so that signing out ends this session only. */
  sessionId: string;
  /** The account's `sessionGeneration` at sign-in: a later bump ends every session issued before it. */
  generation: number;
  expiresAt: Date;
}

/** Short-lived signed session tokens (HS256). The token names the user and its session; rights are read fresh per request. */
export class TokenService {
  /** A KeyObject, made once: with raw bytes jose would import the key again on every verify. */
  private readonly key: KeyObject;
  /**
   * Tokens this process has verified, with their claims. The signature over the same bytes cannot change,
   * so a remembered token is as genuine as a verified one until it expires — jose's verify is an async
   * WebCrypto job per request otherwise (docs/SCALING.md). Being genuine is not being open: the caller
   * still asks whether the session was ended (auth/build-context.ts) on every request.
   */
  private readonly verified = new Map<string, SessionClaims>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  async issue(userId: number, generation: number): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ gen: generation })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setJti(randomUUID())
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The token's claims, or null for anything forged, expired, malformed, or lacking `exp`, `jti` or `gen`. */
  async verify(token: string): Promise<SessionClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAt.getTime()) return known;
      this.verified.delete(token);
    }
    try {
      // A token without `exp` would be good for ever: jose only checks `exp` when present, so require it.
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'sub', 'jti'] });
      const userId = Number(payload.sub);
      const generation = payload.gen;
      if (!Number.isSafeInteger(userId) || typeof generation !== 'number' || !Number.isSafeInteger(generation) || typeof payload.jti !== 'string') return null;
      const claims: SessionClaims = { userId, sessionId: payload.jti, generation, expiresAt: new Date((payload.exp as number) * 1000) };
      if (this.verified.size >= MAX_REMEMBERED_TOKENS) this.verified.clear();
      this.verified.set(token, claims);
      return claims;
    } catch {
      return null;
    }
  }
}
