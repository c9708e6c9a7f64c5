import { ActivityKind, Activity } from '../../domain/activities/activity.entity';
import { badInput, budgetCapExceeded, budgetExceeded } from '../../shared/errors';
import type { Writer } from '../../session/writer';
import { DistrictAllocation } from '../../domain/funding/district-allocation.entity';
import { allocationsOf, claimFunding, exchangeCapOf, yearSums } from './budget.service';

/** A write of an activity of the caller's province. */
export interface CostedChange {
  fiscalYear: number;
  /** null for a province-level activity. */
  districtId: number | null;
  kind: ActivityKind;
  /** What the activity will commit after the write (see committedCost). */
  committed: number;
  /** The activity being changed, whose old cost is counted out; absent for a new one. */
  activityId?: number;
}

/**
 * The money rules (docs/DOMAIN.md, "The money rules"), checked inside the write's transaction after locking the year's funding:
 * study tours stay within the exchange cap, a district within its allocation, province-level work
 * within what the province kept back. A write that commits nothing always passes.
 */
export async function assertWithinBudget(w: Writer, change: CostedChange): Promise<void> {
  if (change.committed === 0) return;
  const funding = await claimFunding(w, change.fiscalYear);
  if (!funding) {
    throw badInput('fiscalYear', 'errors.noFunding', { year: change.fiscalYear });
  }
  const sums = await yearSums(w.provinceWide(Activity, 'a'), change.fiscalYear, change.activityId);
  const requested = change.committed;

  if (change.kind === ActivityKind.EXCHANGE) {
    const cap = exchangeCapOf(funding);
    const committed = sums.exchangeCommitted;
    if (committed + requested > cap) throw budgetCapExceeded({ cap, committed, requested, headroom: Math.max(0, cap - committed) });
  }

  const allocations = await allocationsOf(w.provinceWide(DistrictAllocation, 'al'), funding.id);
  const allocated = allocations.reduce((sum, a) => sum + a.amount, 0);
  const envelope = change.districtId === null ? funding.centralAmount - allocated : (allocations.find((a) => a.districtId === change.districtId)?.amount ?? 0);
  const committed = sums.committedByDistrict.get(change.districtId) ?? 0;
  if (committed + requested > envelope) {
    throw budgetExceeded(
      { cap: envelope, committed, requested, headroom: Math.max(0, envelope - committed) },
      change.districtId === null ? 'errors.provinceLevelOverKeptBack' : undefined,
    );
  }
}
