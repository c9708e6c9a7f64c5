import type { SelectQueryBuilder } from 'typeorm';
import { ActivityKind, ActivityStatus, type Activity } from '../../domain/activities/activity.entity';
import { Funding } from '../../domain/funding/funding.entity';
import type { DistrictAllocation } from '../../domain/funding/district-allocation.entity';
import { lockForUpdate } from '../../db/row-lock';
import type { Writer } from '../../session/writer';

/** Committed cost (docs/DOMAIN.md, "The money rules") as SQL over an activity alias: the twin of committedCost() in activities/activity-cost.ts. */
export function committedCostSql(alias: string): string {
  return `CASE ${alias}.status WHEN '${ActivityStatus.COMPLETED}' THEN COALESCE(${alias}.actualCost, 0) WHEN '${ActivityStatus.PLANNED}' THEN ${alias}.plannedCost ELSE 0 END`;
}

export function spentCostSql(alias: string): string {
  return `CASE ${alias}.status WHEN '${ActivityStatus.COMPLETED}' THEN COALESCE(${alias}.actualCost, 0) ELSE 0 END`;
}

/** The exchange cap in đồng: percent × central, rounded down, computed exactly even for huge amounts. */
export function exchangeCapOf(funding: Pick<Funding, 'centralAmount' | 'exchangeCapPercent'>): number {
  return Number((BigInt(funding.centralAmount) * BigInt(funding.exchangeCapPercent)) / 100n);
}

export interface YearSums {
  /** committed by district id; province-level activities under the key `null`. */
  committedByDistrict: Map<number | null, number>;
  spentByDistrict: Map<number | null, number>;
  exchangeCommitted: number;
  committed: number;
  spent: number;
}

/**
 * One GROUP BY statement: committed and spent per district and kind for a year of the province's
 * activities (`activities`, alias `a`: the session's provinceWide(Activity), since the money rules and the
 * budget count every district's).
 */
export async function yearSums(activities: SelectQueryBuilder<Activity>, fiscalYear: number, excludeActivityId?: number): Promise<YearSums> {
  const qb = activities
    .select('a.districtId', 'districtId')
    .addSelect('a.kind', 'kind')
    .addSelect(`SUM(${committedCostSql('a')})`, 'committed')
    .addSelect(`SUM(${spentCostSql('a')})`, 'spent')
    .andWhere('a.fiscalYear = :fiscalYear', { fiscalYear })
    .groupBy('a.districtId')
    .addGroupBy('a.kind');
  if (excludeActivityId !== undefined) qb.andWhere('a.id <> :excludeActivityId', { excludeActivityId });
  const rows: { districtId: number | null; kind: ActivityKind; committed: string | number | null; spent: string | number | null }[] = await qb.getRawMany();
  const sums: YearSums = { committedByDistrict: new Map(), spentByDistrict: new Map(), exchangeCommitted: 0, committed: 0, spent: 0 };
  for (const row of rows) {
    const districtId = row.districtId === null ? null : Number(row.districtId);
    const committed = Number(row.committed ?? 0);
    const spent = Number(row.spent ?? 0);
    sums.committedByDistrict.set(districtId, (sums.committedByDistrict.get(districtId) ?? 0) + committed);
    sums.spentByDistrict.set(districtId, (sums.spentByDistrict.get(districtId) ?? 0) + spent);
    if (row.kind === ActivityKind.EXCHANGE) sums.exchangeCommitted += committed;
    sums.committed += committed;
    sums.spent += spent;
  }
  return sums;
}

/**
 * Claims a year's funding row for a write that checks or changes the year's money, and loads it. Every such
 * write of that province and year takes this row first, so concurrent ones queue up and no interleaving can
 * end over a cap. The claim is a write (budgetSequence + 1), not only a lock: on a Galera cluster a lock
 * holds on one node only, and two nodes' transactions conflict at certification only when both wrote a
 * common row — then the later one fails with a deadlock error and is run again (db/transactions.ts).
 */
export async function claimFunding(w: Writer, fiscalYear: number): Promise<Funding | null> {
  await w.tx.query('UPDATE funding SET budgetSequence = budgetSequence + 1 WHERE provinceId = ? AND fiscalYear = ?', [w.scope.provinceId, fiscalYear]);
  return lockForUpdate(w.tx, w.rows(Funding, 'f').andWhere('f.fiscalYear = :fiscalYear', { fiscalYear })).getOne();
}

/** A year's district envelopes, from the province's allocations (`allocations`, alias `al`: all districts count toward the central amount). */
export async function allocationsOf(allocations: SelectQueryBuilder<DistrictAllocation>, fundingId: number): Promise<DistrictAllocation[]> {
  return allocations.andWhere('al.fundingId = :fundingId', { fundingId }).orderBy('al.districtId', 'ASC').getMany();
}
