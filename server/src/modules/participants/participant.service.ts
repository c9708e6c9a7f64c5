import { Not, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { write } from '../../session/writer';
import { JoinedEntity } from '../../db/joined-entity';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { badInput, conflict, inUse } from '../../shared/errors';
import { Commune } from '../../domain/geography/commune.entity';
import { Village } from '../../domain/geography/village.entity';
import { EthnicGroup } from '../../domain/reference/ethnic-group.entity';
import { Attendance } from '../../domain/activities/attendance.entity';
import { BoardMember } from '../../domain/boards/board-member.entity';
import { Participant } from '../../domain/participants/participant.entity';
import type { ParticipantInput } from './participant.inputs';
import { applyParticipantFilter, searchesByName, type ParticipantFilter } from './participant-filter';
import { NAME_HITS_ID } from './name-search';
import { checkIdNumberOutsideReach } from './id-number-check';
import { NAME_LENGTH, normalizePhone } from '../../../../shared/rules/participant';

/**
 * A name search counts its matches up to this many (docs/API.md, `totalCountIsExact`): past it, the count
 * would cost a lookup per match (0.1–0.2 s for a word in every other name of a large province).
 */
export const SEARCH_COUNT_LIMIT = 1000;

/**
 * What the client selected (graphql/selection.ts): the participant's fields, and those of the commune
 * and the village, which are joined into the page's own statement when selected (an empty set: not
 * selected). Only those columns and the keys are read (db/joined-entity.ts).
 */
export interface ParticipantPageExtras {
  node: ReadonlySet<string>;
  commune: ReadonlySet<string>;
  village: ReadonlySet<string>;
  totalCount: boolean;
}

/**
 * One page of the participants the caller reaches, narrowed by the filter: one statement, with the
 * commune, the village and the total joined in when the client asked for them.
 */
export function findParticipants(db: DataSource, scope: Scope, filter: ParticipantFilter, page: PageArgs, extras: ParticipantPageExtras): Promise<Page<Participant>> {
  const qb = scope.inDistricts(db.getRepository(Participant).createQueryBuilder('p'), 'p');
  const byName = searchesByName(filter);
  return paginate(applyParticipantFilter(qb, 'p', filter, scope), 'p', page, {
    withCount: extras.totalCount,
    ...(byName ? { orderColumn: NAME_HITS_ID, countLimit: SEARCH_COUNT_LIMIT } : {}),
    fields: extras.node,
    extendRows(rows) {
      const commune =
        extras.commune.size > 0
          ? JoinedEntity.select(scope.leftJoinInDistricts(rows, Commune, 'commune', 'commune.id = p.communeId'), Commune, 'commune', extras.commune)
          : null;
      const village =
        extras.village.size > 0
          ? JoinedEntity.select(scope.leftJoinInDistricts(rows, Village, 'village', 'village.id = p.villageId'), Village, 'village', extras.village)
          : null;
      return (participant, raw) => {
        if (commune) participant.commune = commune.read(raw);
        if (village) participant.village = village.read(raw);
      };
    },
  });
}

export async function createParticipant(db: DataSource, scope: Scope, input: ParticipantInput): Promise<Participant> {
  scope.assertCanWrite();
  await checkIdNumberOutsideReach(db, scope, input.idNumber, 'createParticipant');
  return write(db, scope, async (w) => {
    const values = await checkedValues(w.tx, scope, input);
    await assertIdNumberFree(w.tx, values.idNumber, null);
    return w.create(Participant, values);
  }).catch(duplicateIdNumber);
}

/** Replaces the participant's fields; the commune may change, the district may not. */
export async function updateParticipant(db: DataSource, scope: Scope, id: number, version: number, input: ParticipantInput): Promise<Participant> {
  scope.assertCanWrite();
  await checkIdNumberOutsideReach(db, scope, input.idNumber, 'updateParticipant');
  return write(db, scope, async (w) => {
    const row = await scope.findInDistricts(w.tx, Participant, id, { lock: true });
    scope.assertCanWriteDistrict(row.districtId, 'Participant');
    if (row.version !== version) throw conflict('Participant');
    const values = await checkedValues(w.tx, scope, input);
    // Only the province reaches a commune of another district; a person still belongs to one district's records.
    if (values.districtId !== row.districtId) throw badInput('communeId', 'errors.moveDistrict');
    await assertIdNumberFree(w.tx, values.idNumber, row.id);
    return w.update(Participant, row, version, values);
  }).catch(duplicateIdNumber);
}

/** Deletes a participant nobody refers to; attendance and board seats must be removed first. */
export function deleteParticipant(db: DataSource, scope: Scope, id: number, version: number): Promise<boolean> {
  return write(db, scope, async (w) => {
    const row = await scope.findInDistricts(w.tx, Participant, id, { lock: true });
    scope.assertCanWriteDistrict(row.districtId, 'Participant');
    if (row.version !== version) throw conflict('Participant');
    const attendances = await w.tx.getRepository(Attendance).countBy({ participantId: row.id });
    const seats = await w.tx.getRepository(BoardMember).countBy({ participantId: row.id });
    if (attendances > 0 || seats > 0) {
      throw inUse('Participant', 'errors.participantInUse', { attendances, seats });
    }
    await w.delete(Participant, row);
    return true;
  });
}

/**
 * The input checked against the database, as the columns to write. The commune and village are
 * looked up through the scope, so another district's answers NOT_FOUND like a missing one.
 */
async function checkedValues(tx: EntityManager, scope: Scope, input: ParticipantInput): Promise<Partial<Participant>> {
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName.length < 2) throw badInput('fullName', 'rules.length', { min: NAME_LENGTH.min, max: NAME_LENGTH.max });

  const commune = await scope.findInDistricts(tx, Commune, input.communeId);
  scope.assertCanWriteDistrict(commune.districtId, 'Commune');
  if (commune.retiredAt) throw badInput('communeId', 'errors.communeRetired');

  const villageId = input.villageId ?? null;
  if (villageId !== null) {
    const village = await scope.findInDistricts(tx, Village, villageId);
    if (village.communeId !== commune.id) throw badInput('villageId', 'errors.villageNotInCommune');
  }

  if (!(await tx.getRepository(EthnicGroup).existsBy({ code: input.ethnicGroupCode }))) {
    throw badInput('ethnicGroupCode', 'errors.noEthnicGroup', { code: input.ethnicGroupCode });
  }

  return {
    fullName,
    gender: input.gender,
    birthYear: input.birthYear,
    ethnicGroupCode: input.ethnicGroupCode,
    category: input.category,
    position: input.position?.trim() || null,
    communeId: commune.id,
    villageId,
    districtId: commune.districtId,
    phone: input.phone ? normalizePhone(input.phone) : null,
    idNumber: input.idNumber || null,
  };
}

/**
 * ID numbers are unique across the country. A number held outside the caller's reach was answered by
 * checkIdNumberOutsideReach before the transaction; one held in it is "already registered" here.
 */
async function assertIdNumberFree(tx: EntityManager, idNumber: string | null | undefined, exceptId: number | null): Promise<void> {
  if (!idNumber) return;
  const where = exceptId === null ? { idNumber } : { idNumber, id: Not(exceptId) };
  if (await tx.getRepository(Participant).existsBy(where)) throw badInput('idNumber', 'errors.idNumberTaken');
}

/**
 * Two registrations of one ID number racing past the check above: the unique index refuses the second
 * (idNumber is the only unique column a write can collide on), which the client hears as the same answer.
 */
function duplicateIdNumber(error: unknown): never {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
  if (code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE') throw badInput('idNumber', 'errors.idNumberTaken');
  throw error;
}
