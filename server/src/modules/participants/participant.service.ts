import { QueryFailedError } from 'typeorm';
import type { RequestSession } from '../../session/request-session';
import type { Writer } from '../../session/writer';
import { JoinedEntity } from '../../db/joined-entity';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { badInput, inUse } from '../../shared/errors';
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
export function findParticipants(
  session: RequestSession,
  filter: ParticipantFilter,
  page: PageArgs,
  extras: ParticipantPageExtras,
): Promise<Page<Participant>> {
  const qb = session.rows(Participant, 'p');
  const byName = searchesByName(filter);
  return paginate(applyParticipantFilter(qb, 'p', filter, session), 'p', page, {
    withCount: extras.totalCount,
    ...(byName ? { orderColumn: NAME_HITS_ID, countLimit: SEARCH_COUNT_LIMIT } : {}),
    fields: extras.node,
    extendRows(rows) {
      const commune =
        extras.commune.size > 0
          ? JoinedEntity.select(session.leftJoinRows(rows, Commune, 'commune', 'commune.id = p.communeId'), Commune, 'commune', extras.commune)
          : null;
      const village =
        extras.village.size > 0
          ? JoinedEntity.select(session.leftJoinRows(rows, Village, 'village', 'village.id = p.villageId'), Village, 'village', extras.village)
          : null;
      return (participant, raw) => {
        if (commune) participant.commune = commune.read(raw);
        if (village) participant.village = village.read(raw);
      };
    },
  });
}

/** create() checks that the caller writes in the commune's district. */
export async function createParticipant(session: RequestSession, input: ParticipantInput): Promise<Participant> {
  // Before the ID-number check, which reads (and may record a refusal) outside the write's transaction.
  session.scope.assertCanWrite();
  await checkIdNumberOutsideReach(session, input.idNumber, 'createParticipant');
  return session
    .write(async (w) => {
      const values = await checkedValues(w, input);
      await assertIdNumberFree(w, values.idNumber, null);
      return w.create(Participant, values);
    })
    .catch(duplicateIdNumber);
}

/** Replaces the participant's fields; the commune may change, the district may not. */
export async function updateParticipant(session: RequestSession, id: number, version: number, input: ParticipantInput): Promise<Participant> {
  // Before the ID-number check, which reads (and may record a refusal) outside the write's transaction.
  session.scope.assertCanWrite();
  await checkIdNumberOutsideReach(session, input.idNumber, 'updateParticipant');
  return session
    .write(async (w) => {
      const row = await w.change(Participant, id, version);
      const values = await checkedValues(w, input);
      // Only the province reaches a commune of another district; a person still belongs to one district's records.
      if (values.districtId !== row.districtId) throw badInput('communeId', 'errors.moveDistrict');
      await assertIdNumberFree(w, values.idNumber, row.id);
      return w.update(Participant, row, values);
    })
    .catch(duplicateIdNumber);
}

/** Deletes a participant nobody refers to; attendance and board seats must be removed first. */
export function deleteParticipant(session: RequestSession, id: number, version: number): Promise<boolean> {
  return session.write(async (w) => {
    const row = await w.change(Participant, id, version);
    // Attendance and seats carry their participant's district (composite keys), so the scoped counts see them all.
    const attendances = await w.rows(Attendance, 'a').andWhere('a.participantId = :participantId', { participantId: row.id }).getCount();
    const seats = await w.rows(BoardMember, 'm').andWhere('m.participantId = :participantId', { participantId: row.id }).getCount();
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
async function checkedValues(w: Writer, input: ParticipantInput): Promise<Partial<Participant>> {
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName.length < 2) throw badInput('fullName', 'rules.length', { min: NAME_LENGTH.min, max: NAME_LENGTH.max });

  const commune = await w.one(Commune, input.communeId);
  if (commune.retiredAt) throw badInput('communeId', 'errors.communeRetired');

  const villageId = input.villageId ?? null;
  if (villageId !== null) {
    const village = await w.one(Village, villageId);
    if (village.communeId !== commune.id) throw badInput('villageId', 'errors.villageNotInCommune');
  }

  if (!(await w.rows(EthnicGroup, 'e').andWhere('e.code = :code', { code: input.ethnicGroupCode }).getExists())) {
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
async function assertIdNumberFree(w: Writer, idNumber: string | null | undefined, exceptId: number | null): Promise<void> {
  if (!idNumber) return;
  const qb = w.rows(Participant, 'p').andWhere('p.idNumber = :idNumber', { idNumber });
  if (exceptId !== null) qb.andWhere('p.id <> :exceptId', { exceptId });
  if (await qb.getExists()) throw badInput('idNumber', 'errors.idNumberTaken');
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
