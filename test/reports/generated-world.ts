import type { DataSource } from 'typeorm';
import { Commune, P135Status } from '../../server/src/domain/geography/commune.entity';
import { District } from '../../server/src/domain/geography/district.entity';
import { Village } from '../../server/src/domain/geography/village.entity';
import { MonitoringBoard } from '../../server/src/domain/boards/monitoring-board.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';
import { Activity, ActivityKind, ActivityScope, ActivityStatus } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { Funding } from '../../server/src/domain/funding/funding.entity';
import { DistrictAllocation } from '../../server/src/domain/funding/district-allocation.entity';

/** A small deterministic PRNG (mulberry32): the same seed builds the same world on both engines. */
export function randomOf(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick, chance: (p: number) => next() < p };
}

const ETHNIC_CODES = ['01', '01', '02', '08', '09', '11'];

/**
 * A random world of one province: `years` fiscal years of activities on top of the real districts and
 * communes, with the awkward cases the reports must survive: communes retired before, during and exactly
 * at the start of a year (some especially difficult, with people trained after retirement), people trained
 * twice, attended-but-not-finished, absent, cancelled and planned work, actual costs missing, province-level
 * activities attended by people of several districts, districts with nothing at all.
 */
export async function buildGeneratedWorld(db: DataSource, provinceId: number, seed: number, years: number[]): Promise<void> {
  const rng = randomOf(seed);
  const save = <T extends object>(entity: new () => T, values: Partial<T>[]): Promise<T[]> =>
    db.getRepository(entity).save(values.map((v) => db.getRepository(entity).create(v as T)));
  const districts = await db.getRepository(District).find({ where: { provinceId }, order: { code: 'ASC' } });
  // The last district stays empty: a row of zeros and nulls.
  const active = districts.slice(0, -1);
  const communes = await db.getRepository(Commune).find({ where: active.map((d) => ({ districtId: d.id })), order: { code: 'ASC' } });

  const [first, last] = [years[0], years[years.length - 1]];
  const retiredAt = () =>
    rng.pick([new Date(Date.UTC(first - 1, 5, 1)), new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(rng.int(first, last), rng.int(0, 11), rng.int(1, 28)))]);
  for (const commune of communes) {
    const status = rng.chance(0.35) ? P135Status.ESPECIALLY_DIFFICULT : rng.pick([P135Status.NONE, P135Status.SAFE_ZONE]);
    await db.getRepository(Commune).update(commune.id, { p135Status: status, retiredAt: rng.chance(0.2) ? retiredAt() : null });
  }
  const villages = await save(
    Village,
    communes
      .filter(() => rng.chance(0.5))
      .map((c, i) => ({ name: `Thôn ${seed}-${i}`, communeId: c.id, districtId: c.districtId, especiallyDifficult: rng.chance(0.4) })),
  );
  await save(
    MonitoringBoard,
    communes.filter(() => rng.chance(0.3)).map((c) => ({ communeId: c.id, districtId: c.districtId, establishedOn: '2018-01-02' })),
  );

  const people = await save(
    Participant,
    Array.from({ length: 80 }, (_, i) => {
      const commune = rng.pick(communes);
      const village = villages.find((v) => v.communeId === commune.id && rng.chance(0.5));
      return {
        fullName: `Người ${seed}-${i}`,
        gender: rng.chance(0.5) ? Gender.FEMALE : Gender.MALE,
        birthYear: rng.int(1950, 2000),
        ethnicGroupCode: rng.pick(ETHNIC_CODES),
        category: rng.pick(Object.values(ParticipantCategory)),
        communeId: commune.id,
        districtId: commune.districtId,
        villageId: village?.id ?? null,
      };
    }),
  );

  for (const fiscalYear of years) {
    const funding = (await save(Funding, [{ provinceId, fiscalYear, centralAmount: 5_000_000_000, exchangeCapPercent: 10 }]))[0];
    await save(
      DistrictAllocation,
      active
        .filter(() => rng.chance(0.8))
        .map((d) => ({ fundingId: funding.id, provinceId, districtId: d.id, fiscalYear, amount: rng.int(1, 500) * 1_000_000 })),
    );
    const activities = await save(
      Activity,
      Array.from({ length: 24 }, (_, i) => {
        const status = rng.pick([ActivityStatus.COMPLETED, ActivityStatus.COMPLETED, ActivityStatus.PLANNED, ActivityStatus.CANCELLED]);
        const startDate = `${fiscalYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
        return {
          title: `Hoạt động ${seed}-${fiscalYear}-${i}`,
          kind: rng.chance(0.7) ? ActivityKind.TRAINING : ActivityKind.EXCHANGE,
          scope: ActivityScope.IN_PROVINCE,
          districtId: rng.chance(0.25) ? null : rng.pick(active).id,
          provinceId,
          status,
          startDate,
          endDate: startDate,
          fiscalYear,
          plannedCost: rng.int(0, 90) * 1_000_000 + rng.int(0, 999) * 1000,
          actualCost: status === ActivityStatus.COMPLETED && rng.chance(0.85) ? rng.int(0, 90) * 1_000_000 + rng.int(1, 999) : null,
        };
      }),
    );
    const attendances: Partial<Attendance>[] = [];
    for (const activity of activities) {
      const eligible = people.filter((p) => activity.districtId === null || p.districtId === activity.districtId);
      for (const person of eligible) {
        if (!rng.chance(activity.districtId === null ? 0.1 : 0.35)) continue;
        const attended = rng.chance(0.85);
        attendances.push({
          activityId: activity.id,
          participantId: person.id,
          districtId: person.districtId,
          attended,
          completed: attended && rng.chance(0.6),
        });
      }
    }
    await save(Attendance, attendances);
  }
}
