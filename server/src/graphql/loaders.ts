import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../tenancy/scope';
import { District } from '../modules/geography/district.entity';
import { Commune } from '../modules/geography/commune.entity';
import { Village } from '../modules/geography/village.entity';
import { Participant } from '../modules/participants/participant.entity';
import { MonitoringBoard } from '../modules/boards/monitoring-board.entity';
import { BoardMember } from '../modules/boards/board-member.entity';
import { Activity } from '../modules/activities/activity.entity';
import { Attendance } from '../modules/activities/attendance.entity';
import { Provider } from '../modules/activities/provider.entity';
import { EthnicGroup } from '../modules/reference/ethnic-group.entity';

type Restrict = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string) => SelectQueryBuilder<T>;

/**
 * Batches nested fields: every `commune`, `village`, `participant` … asked for while one request
 * resolves becomes one `WHERE id IN (…)` statement. Created per request and always restricted by the
 * caller's scope, so a nested field can never reach past it.
 */
export function createLoaders(db: DataSource, scope: Scope) {
  const inDistricts: Restrict = (qb, alias) => scope.inDistricts(qb, alias);
  const ownDistricts: Restrict = (qb, alias) => scope.inDistricts(qb, alias, 'id');
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
    ethnicGroup: new DataLoader<string, EthnicGroup | null>(async (codes) => {
      const rows = await db.getRepository(EthnicGroup).createQueryBuilder('g').where('g.code IN (:...codes)', { codes: [...codes] }).getMany();
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

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
