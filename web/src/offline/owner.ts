import type { SessionUser } from '../composables/session';
import { clearSnapshot, type OfflineDb } from './db';
import { plain } from './plain';

/**
 * The device copy belongs to one account: a different account signing in drops the previous one's copy
 * (its queue stays, tagged with that account, and is sent only when that account signs in again).
 */
export async function claimDevice(db: OfflineDb, me: NonNullable<SessionUser>): Promise<void> {
  const owner = await db.get('owner', 'owner');
  if (owner && owner.accountId !== me.id) await clearSnapshot(db);
  else if (owner) await db.put('owner', { ...owner, me: plain(me) }, 'owner');
}
