import { MoreThanOrEqual, type EntityManager } from 'typeorm';
import type { RequestSession } from '../../session/request-session';
import { badInput, rateLimited } from '../../shared/errors';
import { AuditEntry } from '../../domain/audit/audit-entry.entity';
import { recordAudit } from '../../domain/audit/audit-trail';
import { User } from '../../domain/accounts/user.entity';
import { Participant } from '../../domain/participants/participant.entity';

/**
 * ID numbers are unique across the country, so a registration must be checked against every province;
 * answered per number, that check would tell anyone who may register people whether any list of ID
 * numbers is registered somewhere (docs/SECURITY.md "Personal data"). So:
 *  - a number held in the caller's own reach (its district; the province admin's province) is answered
 *    as before, row by row: the caller reads those rows anyway;
 *  - a number held elsewhere is refused without saying where, one refusal per request (an import file
 *    gets one for all its rows), and every such refusal is an audit entry;
 *  - an account gets ELSEWHERE_REFUSALS_PER_DAY of them in any 24 hours. Past that, every number outside
 *    its reach, registered or not, is answered RATE_LIMITED until the oldest refusal is a day old, so the
 *    answer no longer depends on whether the number is registered.
 */
export const ELSEWHERE_REFUSALS_PER_DAY = 20;
const WINDOW_MS = 24 * 60 * 60 * 1000;

/** How a refusal appears in the audit trail (entityId 0: no row of the caller's is concerned). */
export const ELSEWHERE_REFUSAL = { entity: 'IdNumberCheck', action: 'REFUSE' } as const;

export interface IdNumberHolder {
  id: number;
  idNumber: string;
  districtId: number;
}

/**
 * Who holds each of these numbers, across the country (the one look-up that goes past the scope, hence on a
 * plain EntityManager: the transaction's, or the data source's outside one).
 */
export function idNumberHolders(manager: EntityManager, idNumbers: string[]): Promise<IdNumberHolder[]> {
  if (idNumbers.length === 0) return Promise.resolve([]);
  return manager
    .getRepository(Participant)
    .createQueryBuilder('p')
    .select(['p.id', 'p.idNumber', 'p.districtId'])
    .where('p.idNumber IN (:...idNumbers)', { idNumbers })
    .getMany() as Promise<IdNumberHolder[]>;
}

/**
 * RATE_LIMITED when the caller has used up its refusals, with the seconds until the oldest one expires. Read on
 * `manager` (the transaction that relies on the answer, or the data source's): the caller's own entries.
 */
export async function assertRefusalsLeft(manager: EntityManager, session: RequestSession): Promise<void> {
  const caller = session.caller;
  const since = new Date(Date.now() - WINDOW_MS);
  const refusals = await manager.getRepository(AuditEntry).find({
    select: { id: true, at: true },
    where: { provinceId: caller.provinceId, at: MoreThanOrEqual(since), actorUserId: caller.id, entity: ELSEWHERE_REFUSAL.entity },
    order: { at: 'ASC' },
    take: ELSEWHERE_REFUSALS_PER_DAY,
  });
  if (refusals.length < ELSEWHERE_REFUSALS_PER_DAY) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((refusals[0].at.getTime() + WINDOW_MS - Date.now()) / 1000));
  throw rateLimited(retryAfterSeconds, 'errors.elsewhereAllowance', { count: ELSEWHERE_REFUSALS_PER_DAY });
}

/**
 * Records one refusal in its own transaction (the request's own work is rolled back), after checking
 * the allowance again under a lock on the caller's account: concurrent requests of one account are
 * counted one after the other (MySQL; SQLite runs one write transaction at a time anyway).
 */
export function recordElsewhereRefusal(session: RequestSession, after: { via: string }): Promise<void> {
  return session.write(async (w) => {
    const caller = session.caller;
    await w.locked(User, caller.id);
    await assertRefusalsLeft(w.tx, session);
    // Neither the numbers nor how many: the caller's own district reads this trail.
    await recordAudit(w.tx, caller, { ...ELSEWHERE_REFUSAL, entityId: 0, districtId: caller.districtId, before: null, after });
  });
}

/**
 * The check before a participant is created or updated with `idNumber`. A number in the caller's reach
 * (the participant's own included) is left to the write itself, which answers "already registered";
 * a number outside it costs nothing when free and one refusal when held elsewhere.
 */
export async function checkIdNumberOutsideReach(session: RequestSession, idNumber: string | null | undefined, via: string): Promise<void> {
  if (!idNumber) return;
  // Before the write's transaction, on the data source itself: the look-up goes past the scope (see above).
  const [holder] = await idNumberHolders(session.db.manager, [idNumber]);
  if (holder && session.scope.includesDistrict(holder.districtId)) return;
  await assertRefusalsLeft(session.db.manager, session);
  if (!holder) return;
  await recordElsewhereRefusal(session, { via });
  throw badInput('idNumber', 'errors.idNumberElsewhere');
}
