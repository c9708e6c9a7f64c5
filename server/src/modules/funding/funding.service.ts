import type { RequestSession } from '../../session/request-session';
import { Activity } from '../../domain/activities/activity.entity';
import { District } from '../../domain/geography/district.entity';
import { Funding } from '../../domain/funding/funding.entity';
import { DistrictAllocation } from '../../domain/funding/district-allocation.entity';
import { allocationsOf, claimFunding, exchangeCapOf, yearSums } from './budget.service';
import type { AllocationsInput, FundingInput } from './funding.inputs';
import type { Budget } from './budget.types';
import { badInput, budgetCapExceeded, budgetExceeded, conflict } from '../../shared/errors';

/** The money of one year as the caller may see it: province figures, and the envelopes of its districts. */
export async function budgetFor(session: RequestSession, fiscalYear: number): Promise<Budget> {
  const funding = await session.rows(Funding, 'f').andWhere('f.fiscalYear = :fiscalYear', { fiscalYear }).getOne();
  const sums = await yearSums(session.provinceWide(Activity, 'a'), fiscalYear);
  const allocations = funding ? await allocationsOf(session.provinceWide(DistrictAllocation, 'al'), funding.id) : [];
  const districts = await session.rows(District, 'd').orderBy('d.code', 'ASC').getMany();
  const central = funding?.centralAmount ?? 0;
  const cap = funding ? exchangeCapOf(funding) : 0;
  return {
    fiscalYear,
    funded: funding !== null,
    fundingVersion: funding?.version ?? null,
    central,
    allocated: allocations.reduce((sum, a) => sum + a.amount, 0),
    committed: sums.committed,
    spent: sums.spent,
    exchangeCap: {
      percent: funding?.exchangeCapPercent ?? 10,
      cap,
      committed: sums.exchangeCommitted,
      headroom: Math.max(0, cap - sums.exchangeCommitted),
      shareOfCentral: central > 0 ? sums.exchangeCommitted / central : 0,
    },
    districts: districts.map((district) => {
      const allocation = allocations.find((a) => a.districtId === district.id)?.amount ?? 0;
      const committed = sums.committedByDistrict.get(district.id) ?? 0;
      return { district, allocation, committed, spent: sums.spentByDistrict.get(district.id) ?? 0, headroom: Math.max(0, allocation - committed) };
    }),
  };
}

/**
 * Sets a year's central funding. Lowering it is refused while allocations, study tours already
 * committed (against the new cap) or province-level work would no longer fit.
 */
export function setFunding(session: RequestSession, input: FundingInput): Promise<Funding> {
  return session.write(async (w) => {
    // Funding is the province admin's (@Reach('province', 'province')): checked before the year's money is
    // claimed, and the only writers' check of an update, since the claimed row is changed without change().
    w.mayCreate(Funding, { provinceId: w.scope.provinceId });
    const existing = await claimFunding(w, input.fiscalYear);
    const values = { centralAmount: input.centralAmount, exchangeCapPercent: input.exchangeCapPercent, decisionRef: input.decisionRef ?? null };
    if (!existing) return w.create(Funding, { provinceId: w.scope.provinceId, fiscalYear: input.fiscalYear, ...values });
    if (input.version === null || input.version === undefined) throw badInput('version', 'errors.fundingVersionNeeded');
    // The row is claimed (locked and written) above; change() would read it again.
    if (existing.version !== input.version) throw conflict('Funding');

    const sums = await yearSums(w.provinceWide(Activity, 'a'), input.fiscalYear);
    const newCap = exchangeCapOf({ centralAmount: input.centralAmount, exchangeCapPercent: input.exchangeCapPercent });
    if (sums.exchangeCommitted > newCap) {
      throw budgetCapExceeded({ cap: newCap, committed: sums.exchangeCommitted, requested: 0, headroom: 0 }, 'errors.capBelowCommitted');
    }
    const allocated = (await allocationsOf(w.provinceWide(DistrictAllocation, 'al'), existing.id)).reduce((sum, a) => sum + a.amount, 0);
    const provinceLevel = sums.committedByDistrict.get(null) ?? 0;
    if (allocated + provinceLevel > input.centralAmount) {
      throw budgetExceeded({ cap: input.centralAmount, committed: allocated + provinceLevel, requested: 0, headroom: 0 }, 'errors.centralBelowCommitted');
    }
    return w.update(Funding, existing, values);
  });
}

/** Replaces the district envelopes of a year: all fit in the central amount, none below what its district committed. */
export function setAllocations(session: RequestSession, input: AllocationsInput): Promise<DistrictAllocation[]> {
  return session.write(async (w) => {
    w.mayCreate(Funding, { provinceId: w.scope.provinceId }); // before the claim, as in setFunding
    const funding = await claimFunding(w, input.fiscalYear);
    if (!funding) throw badInput('fiscalYear', 'errors.noFundingYet', { year: input.fiscalYear });
    const seen = new Set<number>();
    for (const a of input.allocations) {
      // Checked before the sums are read, as create() would check each new envelope's district.
      w.mayCreate(DistrictAllocation, { districtId: a.districtId, provinceId: w.scope.provinceId }, 'District');
      if (seen.has(a.districtId)) throw badInput('allocations', 'errors.districtListedTwice', { id: a.districtId });
      seen.add(a.districtId);
    }
    const sums = await yearSums(w.provinceWide(Activity, 'a'), input.fiscalYear);
    const total = input.allocations.reduce((sum, a) => sum + a.amount, 0) + (sums.committedByDistrict.get(null) ?? 0);
    if (total > funding.centralAmount) {
      throw budgetExceeded({ cap: funding.centralAmount, committed: total, requested: 0, headroom: 0 }, 'errors.allocationsOverCentral');
    }
    for (const [districtId, committed] of sums.committedByDistrict) {
      if (districtId === null) continue;
      const amount = input.allocations.find((a) => a.districtId === districtId)?.amount ?? 0;
      if (committed > amount)
        throw budgetExceeded({ cap: amount, committed, requested: 0, headroom: 0 }, 'errors.allocationBelowCommitted', { id: districtId });
    }

    const current = await allocationsOf(w.provinceWide(DistrictAllocation, 'al'), funding.id);
    const result: DistrictAllocation[] = [];
    for (const a of input.allocations) {
      const row = current.find((c) => c.districtId === a.districtId);
      if (!row) {
        result.push(
          await w.create(DistrictAllocation, {
            fundingId: funding.id,
            provinceId: w.scope.provinceId,
            districtId: a.districtId,
            fiscalYear: input.fiscalYear,
            amount: a.amount,
          }),
        );
      } else {
        result.push(row.amount === a.amount ? row : await w.update(DistrictAllocation, row, { amount: a.amount }));
      }
    }
    for (const row of current) if (!seen.has(row.districtId)) await w.delete(DistrictAllocation, row);
    return result;
  });
}
