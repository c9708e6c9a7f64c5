import type { DataSource } from 'typeorm';
import { purgeExpiredKeys } from './key-store';
import { logger } from '../logger';

/** Expired keys are removed at start and then hourly; each run is bounded (key-store.ts), the next takes the rest. */
const PURGE_EVERY_MS = 60 * 60 * 1000;

/** Not awaited: the app starts serving at once, and a database slow to answer at start does not hold it back. */
export function startKeyPurge(db: DataSource): { stop: () => void } {
  const purge = () =>
    purgeExpiredKeys(db).catch((error: unknown) => {
      // A database away at start or at the hour must not stop the app: expired keys only take room meanwhile.
      logger.warn({ err: error }, 'expired idempotency keys could not be purged');
    });
  void purge();
  const timer = setInterval(() => void purge(), PURGE_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
