import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../tenancy/scope';
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

type Restrict = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string) => SelectQueryBuilder<T>;

/**
 * Batches nested fields: every `commune`, `village`, `participant` … asked for while one request
 * resolves becomes one `WHERE id IN (…)` statement. Created per request and always restricted by the
 * caller's scope, so a nested field can never reach past it.
 */
export function createLoaders(db: DataSource, scope: Scope) {
  const inDistricts: Restrict = (qb, alias) => scope.inDistricts(qb, alias);
  const ownDistricts: Restrict = (qb, alias) => scope.inDistricts(qb, alias, 'id');
  const ethnicGroupLoader = new DataLoader<string, EthnicGroup | null>((codes) => ethnicGroups(db, codes));
  return {
    district: byId(db, District, ownDistricts),
    commune: byId(db, Commune, inDistricts),
    communesByDistrict: manyBy(db, Commune, 'districtId', inDistricts),
    village: byId(db, Village, inDistricts),
    villagesByCommune: manyBy(db, Village, 'communeId', inDistricts),
    participant: byId(db, Participant, inDistricts),
    board: byId(db, MonitoringBoard, inDistricts),
    boardByCommune: oneBy(db, MonitoringBoard, 'communeId', inDistricts),
    membersByBoard: manyBy(db, BoardMember, 'boardId', inDistricts),
    activity: byId(db, Activity, (qb, alias) => scope.activitiesVisible(qb, alias)),
    attendancesByActivity: manyBy(db, Attendance, 'activityId', inDistricts),
    attendancesByParticipant: manyBy(db, Attendance, 'participantId', inDistricts),
    provider: byId(db, Provider, (qb, alias) => scope.inProvince(qb, alias)),
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

function byId<T extends ObjectLiteral & { id: number }>(db: DataSource, entity: EntityTarget<T>, restrict: Restrict): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const qb = db.getRepository(entity).createQueryBuilder('row').where('row.id IN (:...ids)', { ids: [...ids] });
    const rows = await restrict(qb, 'row').getMany();
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

function manyBy<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, column: string, restrict: Restrict): DataLoader<number, T[]> {
  return new DataLoader(async (keys) => {
    const qb = db.getRepository(entity).createQueryBuilder('row').where(`row.${column} IN (:...keys)`, { keys: [...keys] }).orderBy('row.id', 'ASC');
    const groups = new Map<number, T[]>();
    for (const row of await restrict(qb, 'row').getMany()) {
      const key = row[column] as number;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

function oneBy<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, column: string, restrict: Restrict): DataLoader<number, T | null> {
  const many = manyBy(db, entity, column, restrict);
  return new DataLoader(async (keys) => (await many.loadMany(keys)).map((rows) => (Array.isArray(rows) ? (rows[0] ?? null) : null)));
}
