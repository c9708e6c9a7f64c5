import type { SessionUser } from '../composables/session';
import { openOfflineDb } from './db';

/**
 * The account saved with the device copy at the last online sign-in: the shell opens on it without
 * signal, and only the offline page. Nothing is saved for an account that never took anything offline.
 */
export async function deviceSession(): Promise<SessionUser | null> {
  const owner = await (await openOfflineDb()).get('owner', 'owner');
  return (owner?.me as SessionUser | undefined) ?? null;
}
