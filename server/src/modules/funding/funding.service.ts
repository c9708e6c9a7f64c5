import type { DataSource } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { write } from '../../session/writer';
import { District } from '../../domain/geography/district.entity';
import { Funding } from '../../domain/funding/funding.entity';
import { DistrictAllocation } from '../../domain/funding/district-allocation.entity';
import { allocationsOf, claimFunding, exchangeCapOf, yearSums } from './budget.service';
import type { AllocationsInput, FundingInput } from './funding.inputs';
import type { Budget } from './budget.types';
import { badInput, budgetCapExceeded, budgetExceeded, conflict, notFound } from '../../shared/errors';

/** The money of one year as the caller may see it: province figures, and the envelopes of its districts. */
export async function budgetFor(db: DataSource, scope: Scope, fiscalYear: number): Promise<Budget> {
  const funding = await db.getRepository(Funding).findOneBy({ provinceId: scope.provinceId, fiscalYear });
  const sums = await yearSums(db.manager, scope.provinceId, fiscalYear);
  const allocations = funding ? await allocationsOf(db.manager, funding.id) : [];
  const districts = await scope.inDistricts(db.getRepository(District).createQueryBuilder('d'), 'd', 'id').orderBy('d.code', 'ASC').getMany();
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
export async function setFunding(db: DataSource, scope: Scope, input: FundingInput): Promise<Funding> {
  scope.assertProvinceAdmin();
  return write(db, scope, async (w) => {
    const existing = await claimFunding(w.tx, scope.provinceId, input.fiscalYear);
    const values = { centralAmount: input.centralAmount, exchangeCapPercent: input.exchangeCapPercent, decisionRef: input.decisionRef ?? null };
    if (!existing) return w.create(Funding, { provinceId: scope.provinceId, fiscalYear: input.fiscalYear, ...values });
    if (input.version === null || input.version === undefined) throw badInput('version', 'errors.fundingVersionNeeded');
    if (existing.version !== input.version) throw conflict('Funding');

    const sums = await yearSums(w.tx, scope.provinceId, input.fiscalYear);
    const newCap = exchangeCapOf({ centralAmount: input.centralAmount, exchangeCapPercent: input.exchangeCapPercent });
    if (sums.exchangeCommitted > newCap) {
      throw budgetCapExceeded({ cap: newCap, committed: sums.exchangeCommitted, requested: 0, headroom: 0 }, 'errors.capBelowCommitted');
    }
    const allocated = (await allocationsOf(w.tx, existing.id)).reduce((sum, a) => sum + a.amount, 0);
    const provinceLevel = sums.committedByDistrict.get(null) ?? 0;
    if (allocated + provinceLevel > input.centralAmount) {
      throw budgetExceeded(
        { cap: input.centralAmount, committed: allocated + provinceLevel, requested: 0, headroom: 0 },
        'errors.centralBelowCommitted',
      );
    }
    return w.update(Funding, existing, input.version, values);
  });
}

/** Replaces the district envelopes of a year: all fit in the central amount, none below what its district committed. */
export async function setAllocations(db: DataSource, scope: Scope, input: AllocationsInput): Promise<DistrictAllocation[]> {
  scope.assertProvinceAdmin();
  return write(db, scope, async (w) => {
    const funding = await claimFunding(w.tx, scope.provinceId, input.fiscalYear);
    if (!funding) throw badInput('fiscalYear', 'errors.noFundingYet', { year: input.fiscalYear });
    const seen = new Set<number>();
    for (const a of input.allocations) {
      if (!scope.includesDistrict(a.districtId)) throw notFound('District', a.districtId);
      if (seen.has(a.districtId)) throw badInput('allocations', 'errors.districtListedTwice', { id: a.districtId });
      seen.add(a.districtId);
    }
    const sums = await yearSums(w.tx, scope.provinceId, input.fiscalYear);
    const total = input.allocations.reduce((sum, a) => sum + a.amount, 0) + (sums.committedByDistrict.get(null) ?? 0);
    if (total > funding.centralAmount) {
      throw budgetExceeded({ cap: funding.centralAmount, committed: total, requested: 0, headroom: 0 }, 'errors.allocationsOverCentral');
    }
    for (const [districtId, committed] of sums.committedByDistrict) {
      if (districtId === null) continue;
      const amount = input.allocations.find((a) => a.districtId === districtId)?.amount ?? 0;
      if (committed > amount) throw budgetExceeded({ cap: amount, committed, requested: 0, headroom: 0 }, 'errors.allocationBelowCommitted', { id: districtId });
    }

    const current = await allocationsOf(w.tx, funding.id);
    const result: DistrictAllocation[] = [];
    for (const a of input.allocations) {
      const row = current.find((c) => c.districtId === a.districtId);
      if (!row) {
        result.push(await w.create(DistrictAllocation, { fundingId: funding.id, provinceId: scope.provinceId, districtId: a.districtId, fiscalYear: input.fiscalYear, amount: a.amount }));
      } else {
        result.push(row.amount === a.amount ? row : await w.update(DistrictAllocation, row, row.version, { amount: a.amount }));
      }
    }
    for (const row of current) if (!seen.has(row.districtId)) await w.delete(DistrictAllocation, row);
    return result;
  });
}
