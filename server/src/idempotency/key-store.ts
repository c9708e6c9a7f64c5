import { randomUUID } from 'node:crypto';
import { In, LessThan, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { IdempotencyKey } from '../domain/accounts/idempotency-key.entity';
import { idempotencyInProgress } from '../shared/errors';
import { isUniqueViolation } from '../shared/database-errors';

/** Offline phones may hold a queue of changes for weeks before they see a signal again (issue #19). */
export const KEY_LIFETIME_DAYS = 30;
const KEY_LIFETIME_MS = KEY_LIFETIME_DAYS * 24 * 60 * 60 * 1000;
/**
 * Live keys one account may hold, so the table cannot grow without limit: 10,000 in 30 days is ~330 changes
 * a day, more than an officer records in the field (20 attendances of a training, a few registrations).
 */
export const MAX_KEYS_PER_ACCOUNT = 10_000;
/**
 * The longest answer kept, in characters: the column is a TEXT (65,535 bytes on MariaDB/MySQL) and
 * Vietnamese text takes up to 3 bytes a character in utf8mb4. A mutation answers with the changed row:
 * a few hundred characters.
 */
export const MAX_ANSWER_CHARS = 20_000;
/**
 * A stored key still without its answer this long after its change began: the answer was lost (the process
 * died between the commit and saving it). The answer is saved milliseconds after the commit, and no write
 * transaction runs anywhere near a minute (statement limits), so the change is stored and only its answer is missing.
 */
export const ANSWER_LOST_AFTER_MS = 60_000;

/** What one account's request with a key is: who, which key, and the fingerprint of the request. */
export interface KeyedRequest {
  userId: number;
  key: string;
  requestHash: string;
}

export type Lookup =
  { kind: 'new' } | { kind: 'answered'; answer: string } | { kind: 'reused' } | { kind: 'inProgress' } | { kind: 'answerLost' } | { kind: 'full' };

const expiry = (now: Date) => new Date(now.getTime() - KEY_LIFETIME_MS);

/**
 * What the key says of the request before it runs. A row is only seen once its transaction committed
 * (on MariaDB; SQLite's one connection may show it a moment earlier), so a row without an answer means the
 * change is stored and its answer about to be saved (the client asks again) — or lost with the process.
 */
export async function lookUp(db: DataSource, request: KeyedRequest, now = new Date()): Promise<Lookup> {
  const repo = db.getRepository(IdempotencyKey);
  const row = await repo.findOneBy({ userId: request.userId, key: request.key });
  if (row && row.createdAt < expiry(now)) {
    await repo.delete({ id: row.id }); // expired and not purged yet: the key is free again
  } else if (row) {
    if (row.requestHash !== request.requestHash) return { kind: 'reused' };
    if (row.answer !== null) return { kind: 'answered', answer: row.answer };
    return now.getTime() - row.createdAt.getTime() > ANSWER_LOST_AFTER_MS ? { kind: 'answerLost' } : { kind: 'inProgress' };
  }
  const live = await repo.countBy({ userId: request.userId, createdAt: MoreThanOrEqual(expiry(now)) });
  return live >= MAX_KEYS_PER_ACCOUNT ? { kind: 'full' } : { kind: 'new' };
}

/**
 * Inserts the key in the mutation's transaction and returns the row's id. A duplicate already holds the key
 * (it committed first, or still runs and MariaDB made this insert wait for it): IDEMPOTENCY_IN_PROGRESS,
 * and this transaction rolls back without its change.
 */
export async function insertKey(tx: EntityManager, request: KeyedRequest): Promise<string> {
  const id = randomUUID();
  try {
    await tx.getRepository(IdempotencyKey).insert({ id, ...request, answer: null, createdAt: new Date() });
  } catch (error) {
    if (isUniqueViolation(error)) throw idempotencyInProgress();
    throw error; // a deadlock (1213) among them reruns the transaction, key and all (db/transactions.ts)
  }
  return id;
}

/** Saves the answer on the row the request inserted; nothing when that insert was rolled back. */
export async function saveAnswer(db: DataSource, rowId: string, answer: string): Promise<void> {
  await db.getRepository(IdempotencyKey).createQueryBuilder().update().set({ answer }).where('id = :rowId AND answer IS NULL', { rowId }).execute();
}

const PURGE_BATCH = 500;
const PURGE_BATCHES = 20;

/**
 * Deletes expired keys, at most PURGE_BATCHES × PURGE_BATCH rows per call so that one run never holds the
 * table long; the timer's next run takes the rest. Returns how many went.
 */
export async function purgeExpiredKeys(db: DataSource, now = new Date()): Promise<number> {
  const repo = db.getRepository(IdempotencyKey);
  let purged = 0;
  for (let batch = 0; batch < PURGE_BATCHES; batch++) {
    const rows = await repo.find({ select: { id: true }, where: { createdAt: LessThan(expiry(now)) }, order: { createdAt: 'ASC' }, take: PURGE_BATCH });
    if (rows.length > 0) await repo.delete({ id: In(rows.map((r) => r.id)) });
    purged += rows.length;
    if (rows.length < PURGE_BATCH) break;
  }
  return purged;
}
