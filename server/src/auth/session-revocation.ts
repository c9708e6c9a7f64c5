import { LessThan, MoreThan, type DataSource } from 'typeorm';
import { RevokedSession } from '../domain/accounts/revoked-session.entity';
import type { SessionClaims } from './tokens';

/**
 * How stale an instance's view of ended sessions may be. Instances share only the database: each one
 * reloads the list of signed-out sessions at most this often (one statement per instance, whatever the
 * traffic), and the account row — whose `sessionGeneration` ends all of an account's sessions — is
 * cached just as long (build-context.ts). The instance that ends a session knows at once.
 */
export const SESSION_STALENESS_MS = 5_000;

/** Past this many signed-out sessions still within their token lifetime, the list is not kept in memory but asked per token. */
const MAX_LISTED = 50_000;

interface Listing {
  ids: Set<string>;
  /** Too many to hold: ask the database per token instead. */
  overflow: boolean;
}

/** Signed-out sessions of one database, as this process last read them. */
export class SessionRevocations {
  /** The load is remembered from when it started, so a listing is never older than it claims; concurrent askers share it. */
  private readonly listings = new WeakMap<DataSource, { startedAt: number; listing: Promise<Listing> }>();

  /** Whether the session was signed out; at most SESSION_STALENESS_MS behind another instance's sign-out. */
  async isRevoked(db: DataSource, sessionId: string): Promise<boolean> {
    const listing = await this.current(db);
    if (listing.ids.has(sessionId)) return true;
    return listing.overflow && (await db.getRepository(RevokedSession).existsBy({ id: sessionId }));
  }

  /** Ends one session (sign-out) until its token would have expired; prunes rows whose tokens have. */
  async revoke(db: DataSource, session: SessionClaims): Promise<void> {
    const repo = db.getRepository(RevokedSession);
    await repo.upsert({ id: session.sessionId, userId: session.userId, expiresAt: session.expiresAt }, ['id']);
    (await this.current(db)).ids.add(session.sessionId);
    await repo.delete({ expiresAt: LessThan(new Date()) });
  }

  private current(db: DataSource): Promise<Listing> {
    const cached = this.listings.get(db);
    if (cached && Date.now() - cached.startedAt < SESSION_STALENESS_MS) return cached.listing;
    const listing = this.load(db);
    const entry = { startedAt: Date.now(), listing };
    this.listings.set(db, entry);
    listing.catch(() => {
      if (this.listings.get(db) === entry) this.listings.delete(db);
    });
    return listing;
  }

  private async load(db: DataSource): Promise<Listing> {
    const rows = await db.getRepository(RevokedSession).find({ select: { id: true }, where: { expiresAt: MoreThan(new Date()) }, take: MAX_LISTED + 1 });
    return { ids: new Set(rows.slice(0, MAX_LISTED).map((row) => row.id)), overflow: rows.length > MAX_LISTED };
  }
}
