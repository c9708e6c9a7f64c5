import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../tenancy/scope';
import { reachOf } from '../domain/reach';
import { District } from '../domain/geography/district.entity';
import { Commune } from '../domain/geography/commune.entity';
import { Village } from '../domain/geography/village.entity';
import { Participant } from '../domain/participants/participant.entity';
import { MonitoringBoard } from '../domain/boards/monitoring-board.entity';
import { BoardMember } from '../domain/boards/board-member.entity';
import { Activity } from '../domain/activities/activity.entity';
import { Attendance } from '../domain/activities/attendance.entity';
import { Provider } from '../domain/activities/provider.entity';
import { EthnicGroup } from '../domain/reference/ethnic-group.entity';

/**
 * Batches nested fields: every `commune`, `village`, `participant` … asked for while one request
 * resolves becomes one `WHERE id IN (…)` statement. Created per request (by its RequestSession) and
 * restricted to the rows the caller reaches, as each entity declares (domain/reach.ts), so a nested field
 * can never reach past the caller's scope.
 */
export function createLoaders(db: DataSource, scope: Scope) {
  const reached = <T extends ObjectLiteral>(entity: EntityClass<T>) => {
    const rows = reachOf(entity).rows;
    return (alias: string) => scope.restrict(db.getRepository(entity).createQueryBuilder(alias), alias, rows);
  };
  const ethnicGroupLoader = new DataLoader<string, EthnicGroup | null>((codes) => ethnicGroups(db, codes));
  return {
    district: byId(reached(District)),
    commune: byId(reached(Commune)),
    communesByDistrict: manyBy(reached(Commune), 'districtId'),
    village: byId(reached(Village)),
    villagesByCommune: manyBy(reached(Village), 'communeId'),
    participant: byId(reached(Participant)),
    board: byId(reached(MonitoringBoard)),
    boardByCommune: oneBy(reached(MonitoringBoard), 'communeId'),
    membersByBoard: manyBy(reached(BoardMember), 'boardId'),
    activity: byId(reached(Activity)),
    attendancesByActivity: manyBy(reached(Attendance), 'activityId'),
    attendancesByParticipant: manyBy(reached(Attendance), 'participantId'),
    provider: byId(reached(Provider)),
    /** At once when the group is in memory (every group, after the first read: no promise per row); else batched. */
    ethnicGroup: (code: string): EthnicGroup | null | Promise<EthnicGroup | null> => ethnicGroupCache.get(db)?.get(code) ?? ethnicGroupLoader.load(code),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The 54 ethnic groups are reference data that no mutation changes: read once per data source and
 * kept in memory (a page of participants then costs no statement for them). A code the map lacks (a
 * row added by hand since) is looked up and remembered; an unknown one answers null as before.
 */
const ethnicGroupCache = new WeakMap<DataSource, Map<string, EthnicGroup>>();

async function ethnicGroups(db: DataSource, codes: readonly string[]): Promise<(EthnicGroup | null)[]> {
  let known = ethnicGroupCache.get(db);
  const missing = known ? codes.filter((code) => !known!.has(code)) : null;
  if (!known || missing!.length > 0) {
    const qb = db.getRepository(EthnicGroup).createQueryBuilder('g');
    const rows = await (known ? qb.where('g.code IN (:...codes)', { codes: missing }) : qb).getMany();
    known = ethnicGroupCache.get(db) ?? new Map();
    for (const row of rows) known.set(row.code, row);
    ethnicGroupCache.set(db, known);
  }
  return codes.map((code) => known!.get(code) ?? null);
}

type Reached<T extends ObjectLiteral> = (alias: string) => SelectQueryBuilder<T>;
type EntityClass<T> = (new () => T) & EntityTarget<T>;

function byId<T extends ObjectLiteral & { id: number }>(rows: Reached<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const found = await rows('row')
      .andWhere('row.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const byKey = new Map(found.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

function manyBy<T extends ObjectLiteral>(rows: Reached<T>, column: string): DataLoader<number, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<number, T[]>();
    for (const row of await rows('row')
      .andWhere(`row.${column} IN (:...keys)`, { keys: [...keys] })
      .orderBy('row.id', 'ASC')
      .getMany()) {
      const key = row[column] as number;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

function oneBy<T extends ObjectLiteral>(rows: Reached<T>, column: string): DataLoader<number, T | null> {
  const many = manyBy(rows, column);
  return new DataLoader(async (keys) => (await many.loadMany(keys)).map((found) => (Array.isArray(found) ? (found[0] ?? null) : null)));
}
