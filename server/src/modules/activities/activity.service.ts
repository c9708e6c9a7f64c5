import type { DataSource, EntityManager } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { lockForUpdate } from '../../tenancy/scope';
import { write, type Writer } from '../../session/writer';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { conflict, invalidInput, notFound } from '../../shared/errors';
import { checkActivityAcross, checkTitle } from '../../../../shared/rules/activity';
import { collect } from '../../../../shared/rules/violation';
import { containsPattern, foldForSearch } from '../../shared/text';
import { Activity } from '../../domain/activities/activity.entity';
import { Attendance } from '../../domain/activities/attendance.entity';
import type { ActivityFilter, ActivityInput, CreateActivityInput } from './activity.inputs';
import { findProvider } from './provider.service';
import { committedCost } from './activity-cost';
import { assertWithinBudget } from '../funding/budget-guard';

/**
 * Activities and their rules. Every write of an activity passes through here (attendance included, via
 * `findActivityForWrite`), so a budget check on committed cost has one place to live.
 */
export class ActivityService {
  constructor(
    private readonly db: DataSource,
    private readonly scope: Scope,
  ) {}

  search(filter: ActivityFilter | null, page: PageArgs): Promise<Page<Activity>> {
    const qb = this.scope.activitiesVisible(this.db.getRepository(Activity).createQueryBuilder('a'), 'a');
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
  create(input: CreateActivityInput): Promise<Activity> {
    const districtId = input.districtId ?? null;
    if (districtId === null) this.scope.assertProvinceAdmin();
    else this.scope.assertCanWriteDistrict(districtId, 'District');
    return write(this.db, this.scope, async (w) => {
      const fields = await this.checked(w.tx, input);
      await assertWithinBudget(w.tx, { ...fields, districtId, provinceId: this.scope.provinceId, committed: committedCost(fields) });
      return w.create(Activity, { ...fields, districtId, provinceId: this.scope.provinceId });
    });
  }

  update(id: number, version: number, input: ActivityInput): Promise<Activity> {
    return write(this.db, this.scope, async (w) => {
      const activity = await this.findActivityForWrite(w, id, version);
      const fields = await this.checked(w.tx, input);
      // The activity's own old cost is counted out: only what it will commit after the change counts.
      await assertWithinBudget(w.tx, { ...fields, districtId: activity.districtId, provinceId: activity.provinceId, committed: committedCost(fields), activityId: activity.id });
      return w.update(Activity, activity, version, fields);
    });
  }

  /** Its attendance goes with it, row by row, so the audit trail shows who had attended. */
  delete(id: number, version: number): Promise<boolean> {
    return write(this.db, this.scope, async (w) => {
      const activity = await this.findActivityForWrite(w, id, version);
      const attendances = await this.scope
        .inDistricts(w.tx.getRepository(Attendance).createQueryBuilder('at').where('at.activityId = :id', { id }), 'at')
        .orderBy('at.id', 'ASC')
        .getMany();
      for (const attendance of attendances) await w.delete(Attendance, attendance);
      await w.delete(Activity, activity);
      return true;
    });
  }

  /**
   * Loads and locks an activity the caller may change: NOT_FOUND outside its sight; a province-level
   * activity is read-only to districts except for their own people's attendance (`forAttendance`).
   * CONFLICT when `version` is stale.
   */
  async findActivityForWrite(w: Writer, id: number, version: number, options: { forAttendance?: boolean } = {}): Promise<Activity> {
    const qb = this.scope.activitiesVisible(w.tx.getRepository(Activity).createQueryBuilder('a').where('a.id = :id', { id }), 'a');
    const activity = await lockForUpdate(w.tx, qb).getOne();
    if (!activity) throw notFound('Activity', id);
    if (activity.districtId !== null) this.scope.assertCanWriteDistrict(activity.districtId, 'Activity');
    else if (!options.forAttendance) this.scope.assertProvinceAdmin();
    if (activity.version !== version) throw conflict('Activity');
    return activity;
  }

  /** The input's fields once the rules across fields hold, ready to store. */
  private async checked(tx: EntityManager, input: ActivityInput): Promise<CheckedActivity> {
    const title = input.title.trim();
    const broken = [...collect(checkTitle(title)), ...checkActivityAcross(input)];
    if (broken.length > 0) throw invalidInput(broken);
    const actualCost = input.actualCost ?? null;
    const providerId = input.providerId ?? null;
    if (providerId !== null) await findProvider(tx, this.scope, providerId);
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
}

type CheckedActivity = Pick<Activity, 'kind' | 'scope' | 'title' | 'topic' | 'startDate' | 'endDate' | 'location' | 'providerId' | 'fiscalYear' | 'plannedCost' | 'actualCost' | 'status'>;

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
