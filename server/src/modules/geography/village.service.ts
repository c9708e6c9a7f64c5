import type { RequestSession } from '../../session/request-session';
import type { Writer } from '../../session/writer';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { badInput, inUse, invalidInput, notFound } from '../../shared/errors';
import { checkPoorShare } from '../../../../shared/rules/village';
import { containsPattern, foldForSearch } from '../../shared/text';
import { Participant } from '../../domain/participants/participant.entity';
import { Commune } from '../../domain/geography/commune.entity';
import { Village } from '../../domain/geography/village.entity';
import type { CreateVillageInput, UpdateVillageInput, VillageFilter } from './village.inputs';

/** One page of the villages the caller reaches. */
export function villagePage(session: RequestSession, filter: VillageFilter | null, page: PageArgs): Promise<Page<Village>> {
  const qb = session.rows(Village, 'v');
  if (filter?.districtId != null) qb.andWhere('v.districtId = :districtId', { districtId: filter.districtId });
  if (filter?.communeId != null) qb.andWhere('v.communeId = :communeId', { communeId: filter.communeId });
  if (filter?.especiallyDifficult != null) qb.andWhere('v.especiallyDifficult = :ed', { ed: filter.especiallyDifficult });
  const search = foldForSearch(filter?.search ?? '');
  if (search) qb.andWhere("v.searchName LIKE :search ESCAPE '!'", { search: containsPattern(search) });
  return paginate(qb, 'v', page);
}

/** The village takes its district from its commune, found through the session (a writer checks the rest). */
export function createVillage(session: RequestSession, input: CreateVillageInput): Promise<Village> {
  return session.write(async (w) => {
    assertHouseholds(input.households, input.poorHouseholds);
    const commune = await communeForVillage(w, input.communeId);
    const name = input.name.trim();
    await assertNameFree(w, commune.id, name);
    return w.create(Village, {
      communeId: commune.id,
      districtId: commune.districtId,
      name,
      especiallyDifficult: input.especiallyDifficult,
      households: input.households,
      poorHouseholds: input.poorHouseholds,
      demo: false,
    });
  });
}

/** Changes the fields given; a village may move to another commune of its own district only. */
export function updateVillage(session: RequestSession, id: number, version: number, input: UpdateVillageInput): Promise<Village> {
  return session.write(async (w) => {
    const village = await w.change(Village, id, version);
    const changes: Partial<Village> = {};
    if (input.communeId != null && input.communeId !== village.communeId) {
      const commune = await communeForVillage(w, input.communeId);
      // Another district's commune is as unknown here as a missing one, even to the province.
      if (commune.districtId !== village.districtId) throw notFound('Commune', input.communeId, 'communeId');
      // People keep (villageId, communeId) pinned by a composite key: they would be left in the old commune.
      if ((await participantsIn(w, village.id)) > 0) {
        throw inUse('Village', 'errors.villageHasPeopleMove');
      }
      changes.communeId = commune.id;
    }
    if (input.name != null) changes.name = input.name.trim();
    if (input.especiallyDifficult != null) changes.especiallyDifficult = input.especiallyDifficult;
    if (input.households != null) changes.households = input.households;
    if (input.poorHouseholds != null) changes.poorHouseholds = input.poorHouseholds;
    assertHouseholds(changes.households ?? village.households, changes.poorHouseholds ?? village.poorHouseholds);
    if (changes.name !== undefined || changes.communeId !== undefined) {
      await assertNameFree(w, changes.communeId ?? village.communeId, changes.name ?? village.name, village.id);
    }
    return w.update(Village, village, changes);
  });
}

/** Deletes a village nobody is registered in; otherwise IN_USE (the people would lose their village). */
export function deleteVillage(session: RequestSession, id: number, version: number): Promise<boolean> {
  return session.write(async (w) => {
    const village = await w.change(Village, id, version);
    const people = await participantsIn(w, village.id);
    if (people > 0) throw inUse('Village', 'errors.villageHasPeople', { count: people });
    await w.delete(Village, village);
    return true;
  });
}

/** The commune a village is put into: reached (else NOT_FOUND on `communeId`) and not retired. */
async function communeForVillage(w: Writer, communeId: number): Promise<Commune> {
  const commune = await w.one(Commune, communeId, 'communeId');
  if (commune.retiredAt) throw badInput('communeId', 'errors.communeRetired');
  return commune;
}

function assertHouseholds(households: number, poorHouseholds: number): void {
  const share = checkPoorShare(households, poorHouseholds);
  if (share) throw invalidInput([share]);
}

/**
 * Names are compared folded (case and diacritics ignored): MySQL's collation would refuse "Na Bo" beside
 * "Nà Bó" at the unique key anyway, so both engines answer the same, with a field error instead of a crash.
 */
async function assertNameFree(w: Writer, communeId: number, name: string, exceptVillageId?: number): Promise<void> {
  const qb = w.rows(Village, 'v').andWhere('v.communeId = :communeId AND v.searchName = :searchName', { communeId, searchName: foldForSearch(name) });
  if (exceptVillageId !== undefined) qb.andWhere('v.id <> :exceptVillageId', { exceptVillageId });
  if (await qb.getExists()) throw badInput('name', 'errors.villageNameTaken');
}

function participantsIn(w: Writer, villageId: number): Promise<number> {
  return w.rows(Participant, 'p').andWhere('p.villageId = :villageId', { villageId }).getCount();
}
