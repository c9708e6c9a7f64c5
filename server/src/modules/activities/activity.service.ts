import type { RequestSession } from '../../session/request-session';
import type { Writer } from '../../session/writer';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { invalidInput } from '../../shared/errors';
import { checkActivityAcross, checkTitle } from '../../../../shared/rules/activity';
import { collect } from '../../../../shared/rules/violation';
import { containsPattern, foldForSearch } from '../../shared/text';
import { Activity } from '../../domain/activities/activity.entity';
import { Attendance } from '../../domain/activities/attendance.entity';
import type { ActivityFilter, ActivityInput, CreateActivityInput } from './activity.inputs';
import { findProvider } from './provider.service';
import { committedCost } from './activity-cost';
import { assertWithinBudget } from '../funding/budget-guard';

/*
 * Activities and their rules. Every write of an activity passes through here or through the session's
 * change() of an Activity (attendance bumps its version too), so a budget check on committed cost has one
 * place to live.
 */

/** The caller's district activities and its province's province-level ones (the activity's @Reach), filtered and paged. */
export function activityPage(session: RequestSession, filter: ActivityFilter | null, page: PageArgs): Promise<Page<Activity>> {
  const qb = session.rows(Activity, 'a');
  if (filter?.districtId != null) qb.andWhere('a.districtId = :districtId', { districtId: filter.districtId });
  if (filter?.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
  if (filter?.fiscalYear != null) qb.andWhere('a.fiscalYear = :fiscalYear', { fiscalYear: filter.fiscalYear });
  if (filter?.status) qb.andWhere('a.status = :status', { status: filter.status });
  if (filter?.provinceLevel === true) qb.andWhere('a.districtId IS NULL');
  if (filter?.provinceLevel === false) qb.andWhere('a.districtId IS NOT NULL');
  const words = filter?.search ? foldForSearch(filter.search) : '';
  if (words) qb.andWhere("a.searchTitle LIKE :search ESCAPE '!'", { search: containsPattern(words) });
  return paginate(qb, 'a', page);
}

/** A province-level activity (no districtId) is the province admin's; a district one needs that district. */
export function createActivity(session: RequestSession, input: CreateActivityInput): Promise<Activity> {
  return session.write(async (w) => {
    const place = { districtId: input.districtId ?? null, provinceId: w.scope.provinceId };
    // Before the provider and the budget are read: another district's money must answer NOT_FOUND, not BUDGET_EXCEEDED.
    w.mayCreate(Activity, place, 'District');
    const fields = await checked(w, input);
    await assertWithinBudget(w, { ...fields, districtId: place.districtId, committed: committedCost(fields) });
    return w.create(Activity, { ...fields, ...place });
  });
}

export function updateActivity(session: RequestSession, id: number, version: number, input: ActivityInput): Promise<Activity> {
  return session.write(async (w) => {
    const activity = await w.change(Activity, id, version);
    const fields = await checked(w, input);
    // The activity's own old cost is counted out: only what it will commit after the change counts.
    await assertWithinBudget(w, { ...fields, districtId: activity.districtId, committed: committedCost(fields), activityId: activity.id });
    return w.update(Activity, activity, fields);
  });
}

/** Its attendance goes with it, row by row, so the audit trail shows who had attended. */
export function deleteActivity(session: RequestSession, id: number, version: number): Promise<boolean> {
  return session.write(async (w) => {
    const activity = await w.change(Activity, id, version);
    const attendances = await w.rows(Attendance, 'at').andWhere('at.activityId = :id', { id }).orderBy('at.id', 'ASC').getMany();
    for (const attendance of attendances) await w.delete(Attendance, attendance);
    await w.delete(Activity, activity);
    return true;
  });
}

/** The input's fields once the rules across fields hold, ready to store. */
async function checked(w: Writer, input: ActivityInput): Promise<CheckedActivity> {
  const title = input.title.trim();
  const broken = [...collect(checkTitle(title)), ...checkActivityAcross(input)];
  if (broken.length > 0) throw invalidInput(broken);
  const actualCost = input.actualCost ?? null;
  const providerId = input.providerId ?? null;
  if (providerId !== null) await findProvider(w, providerId);
  return {
    kind: input.kind,
    scope: input.scope,
    title,
    topic: blankToNull(input.topic),
    startDate: input.startDate,
    endDate: input.endDate,
    location: blankToNull(input.location),
    providerId,
    fiscalYear: input.fiscalYear,
    plannedCost: input.plannedCost,
    actualCost,
    status: input.status,
  };
}

type CheckedActivity = Pick<
  Activity,
  'kind' | 'scope' | 'title' | 'topic' | 'startDate' | 'endDate' | 'location' | 'providerId' | 'fiscalYear' | 'plannedCost' | 'actualCost' | 'status'
>;

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
