/**
 * Which rows of a table a caller reaches, declared once on each entity (`@Reach('district')`) and applied by
 * the request session (server/src/session) to every read and every change: a new entity or a new query is
 * scoped by construction, and an entity without a declaration cannot be read through the session at all.
 * The rules themselves are the tenancy rules of docs/SECURITY.md, "Roles and tenancy".
 *
 * - `district`: rows of one district (`districtId`): a district role reaches its own district's, a province
 *   role every district of its province.
 * - `districtItself`: the district table, whose own `id` is the district.
 * - `province`: rows of the province (`provinceId`), reached by every role of that province.
 * - `provinceItself`: the province table, whose own `id` is the province.
 * - `provinceOrOwnDistrict`: rows of the province (`districtId` null) or of one district: the province reaches
 *   all of them, a district role only its own district's (audit entries, API keys).
 * - `activity`: a district's own rows plus the province-level ones (`districtId` null) of its province, which
 *   district staff see too (province trainings their people attend).
 * - `everyone`: reference data, the same for every caller (the 54 ethnic groups).
 * - `nobody`: bookkeeping the server keeps for itself (ended sign-in sessions); never read through a session.
 */
export type RowReach = 'district' | 'districtItself' | 'province' | 'provinceItself' | 'provinceOrOwnDistrict' | 'activity' | 'everyone' | 'nobody';

/**
 * Who may change a row it reaches:
 * - `district`: the writers of the row's district (the province admin and that district's manager); a
 *   province-level row (no district) the province admin only.
 * - `province`: the province admin only, whatever district the row belongs to (communes, funding, accounts).
 * - `nobody`: not changed through the API (reference data, bookkeeping).
 */
export type RowWriters = 'district' | 'province' | 'nobody';

export interface ReachRule {
  rows: RowReach;
  writers: RowWriters;
}

const rules = new WeakMap<object, ReachRule>();

/** Declares who reaches an entity's rows and who changes them; see the types above. */
export function Reach(rows: RowReach, writers: RowWriters = rows === 'everyone' || rows === 'nobody' ? 'nobody' : 'district'): ClassDecorator {
  return (target) => {
    rules.set(target, { rows, writers });
  };
}

/** The entity's declared reach; an entity without one is a programming error, refused loudly. */
export function reachOf(entity: object): ReachRule {
  const rule = rules.get(entity);
  if (!rule) throw new Error(`${(entity as { name?: string }).name ?? 'entity'} declares no @Reach: the session cannot scope it`);
  return rule;
}
