import type { RequestSession } from '../../session/request-session';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { badInput, notFound } from '../../shared/errors';
import { containsPattern, foldForSearch } from '../../shared/text';
import { Commune } from '../../domain/geography/commune.entity';
import type { CommuneFilter, CreateCommuneInput, UpdateCommuneInput } from './commune.inputs';

/** One page of the communes the caller reaches; retired communes only when asked for. */
export function communePage(session: RequestSession, filter: CommuneFilter | null, page: PageArgs): Promise<Page<Commune>> {
  const qb = session.rows(Commune, 'c');
  if (filter?.districtId != null) qb.andWhere('c.districtId = :districtId', { districtId: filter.districtId });
  if (filter?.p135Status != null) qb.andWhere('c.p135Status = :p135Status', { p135Status: filter.p135Status });
  const search = foldForSearch(filter?.search ?? '');
  if (search) qb.andWhere("c.searchName LIKE :search ESCAPE '!'", { search: containsPattern(search) });
  if (!filter?.includeRetired) qb.andWhere('c.retiredAt IS NULL');
  return paginate(qb, 'c', page);
}

/**
 * A new commune (e.g. after a merger decision): province administrators only, a rule finer than the
 * communes' writers (district managers change their communes' status but never create one).
 */
export function createCommune(session: RequestSession, input: CreateCommuneInput): Promise<Commune> {
  session.scope.assertProvinceAdmin();
  return session.write(async (w) => {
    // Checked before create() so that the refusal names the input's field.
    if (!w.scope.includesDistrict(input.districtId)) throw notFound('District', input.districtId, 'districtId');
    // Codes are unique nationally: the check looks past the caller's reach, as the unique key does.
    if (await w.tx.getRepository(Commune).existsBy({ code: input.code })) throw badInput('code', 'errors.communeCodeTaken');
    return w.create(Commune, {
      districtId: input.districtId,
      code: input.code,
      name: input.name.trim(),
      type: input.type,
      p135Status: input.p135Status,
      demo: false,
      retiredAt: null,
    });
  });
}

/**
 * The district keeps its communes' Program 135 status; names and types follow official decisions,
 * so only the province fixes them (finer than the communes' writers, hence checked here).
 */
export function updateCommune(session: RequestSession, id: number, version: number, input: UpdateCommuneInput): Promise<Commune> {
  return session.write(async (w) => {
    const commune = await w.change(Commune, id, version);
    if (input.name != null || input.type != null) w.scope.assertProvinceAdmin();
    const changes: Partial<Commune> = {};
    // A status set by a person is the official one, no longer the generated demo value.
    if (input.p135Status != null) Object.assign(changes, { p135Status: input.p135Status, demo: false });
    if (input.name != null) changes.name = input.name.trim();
    if (input.type != null) changes.type = input.type;
    return w.update(Commune, commune, changes);
  });
}

/**
 * Communes are never deleted (people, boards and history point at them): retiring hides them from lists.
 * The province's decision (finer than the communes' writers).
 */
export function retireCommune(session: RequestSession, id: number, version: number): Promise<Commune> {
  session.scope.assertProvinceAdmin();
  return session.write(async (w) => {
    const commune = await w.change(Commune, id, version);
    if (commune.retiredAt) throw badInput('id', 'errors.communeAlreadyRetired');
    return w.update(Commune, commune, { retiredAt: new Date() });
  });
}
