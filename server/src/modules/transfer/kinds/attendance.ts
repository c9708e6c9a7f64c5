import type { Writer } from '../../../session/writer';
import { notFound } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/text';
import { Activity } from '../../../domain/activities/activity.entity';
import { Attendance } from '../../../domain/activities/attendance.entity';
import { assertOpen } from '../../../domain/periods/period-guard';
import { Participant } from '../../../domain/participants/participant.entity';
import type { ColumnSpec } from '../import/columns';
import { insertInBatches } from '../import/insert-batches';
import { type ImportContext, type ImportKind, type KindImporter, type RowCells } from '../import/import-kind';
import { parseBirthYear, parseIdNumber, parseYesNo } from '../import/value-parsers';
import { updateTraced } from '../import/traced-updates';
import { inChunks } from './participants';

export const ATTENDANCE_COLUMNS: ColumnSpec[] = [
  { key: 'fullName', header: 'Họ và tên', aliases: ['Họ tên'], example: 'Hoàng Thị Lan' },
  { key: 'birthYear', header: 'Năm sinh', aliases: ['Ngày sinh'], example: 1985 },
  { key: 'idNumber', header: 'Số CCCD/CMND', aliases: ['CCCD', 'CMND', 'Số CCCD'], example: '008185001234' },
  { key: 'communeCode', header: 'Mã xã', example: '02233' },
  { key: 'commune', header: 'Xã', aliases: ['Tên xã'], example: 'Phúc Yên' },
  { key: 'attended', header: 'Có mặt', aliases: ['Tham dự'], example: 'Có' },
  { key: 'completed', header: 'Hoàn thành', aliases: ['Hoàn thành khóa học'], example: 'Có' },
  // Context columns of the activities export, so its attendance sheet can come back in as it is.
  { key: 'activityId', header: 'Mã hoạt động', ignored: true, example: '' },
  { key: 'activityTitle', header: 'Tên hoạt động', ignored: true, example: '' },
];

interface Pending {
  line: number;
  idNumber: string | null;
  searchName: string;
  birthYear: number | null;
  communeId: number | null;
  attended: boolean;
  completed: boolean;
}

type Person = Pick<Participant, 'id' | 'searchName' | 'birthYear' | 'communeId' | 'idNumber'>;

export const attendanceKind: ImportKind = {
  name: 'attendance',
  columns: ATTENDANCE_COLUMNS,
  oneOf: [['idNumber', 'fullName']],
  open: async (context) => new AttendanceImporter(context, await activityFor(context)),
};

/**
 * The activity must be the district's own or a province-level one (districts add their own people to
 * those); anything else answers NOT_FOUND, like a missing id.
 */
async function activityFor(c: ImportContext): Promise<Activity> {
  const id = c.activityId ?? -1;
  const activity = await c.session.rows(Activity, 'a').andWhere('a.id = :id', { id }).getOne();
  if (!activity || (activity.districtId !== null && activity.districtId !== c.districtId)) throw notFound('Activity', id, 'activityId');
  return activity;
}

/** People are found in the target district by ID number, or by name and birth year (and commune when given). */
class AttendanceImporter implements KindImporter {
  private pending: Pending[] = [];
  private readonly seen = new Map<number, number>();
  private readonly creates: Attendance[] = [];
  private readonly updates: { id: number; attended: boolean; completed: boolean }[] = [];
  private versionBumped = false;

  constructor(
    private readonly c: ImportContext,
    private readonly activity: Activity,
  ) {}

  check(row: RowCells): void {
    const before = this.c.report.report.errorCount;
    const idNumber = parseIdNumber(row.cell('idNumber'));
    if (!idNumber.ok) row.error('idNumber', idNumber.problem);
    const fullName = row.text('fullName');
    if (idNumber.ok && !idNumber.value && fullName.length < 2) row.error('fullName', { key: 'import.needIdOrName' });
    const birthYear = row.text('birthYear') ? parseBirthYear(row.cell('birthYear')) : null;
    if (birthYear && !birthYear.ok) row.error('birthYear', birthYear.problem);
    const communeGiven = row.text('communeCode') || row.text('commune');
    const commune = communeGiven ? this.c.places.commune(row.text('communeCode'), row.text('commune')) : null;
    if (commune && !commune.ok) row.error(row.text('communeCode') ? 'communeCode' : 'commune', commune.problem);
    const attended = parseYesNo(row.cell('attended'), true);
    if (!attended.ok) row.error('attended', attended.problem);
    const completed = parseYesNo(row.cell('completed'), false);
    if (!completed.ok) row.error('completed', completed.problem);
    if (attended.ok && completed.ok && completed.value && !attended.value) row.error('completed', { key: 'errors.completedNotAttended' });
    if (this.c.report.report.errorCount > before || !idNumber.ok || !attended.ok || !completed.ok) return;
    this.pending.push({
      line: row.line,
      idNumber: idNumber.value,
      searchName: foldForSearch(fullName),
      birthYear: birthYear?.ok ? birthYear.value : null,
      communeId: commune?.ok ? commune.value.id : null,
      attended: attended.value,
      completed: completed.value,
    });
  }

  async settle(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const people = await this.people(batch);
    const found = new Map<Pending, Person>();
    for (const entry of batch) {
      const matches = people.filter((p) =>
        entry.idNumber
          ? p.idNumber === entry.idNumber
          : p.searchName === entry.searchName &&
            (entry.birthYear === null || p.birthYear === entry.birthYear) &&
            (entry.communeId === null || p.communeId === entry.communeId),
      );
      if (matches.length === 0) this.c.report.error(entry.line, null, null, { key: 'import.participantNotFound' });
      else if (matches.length > 1) this.c.report.error(entry.line, null, null, { key: 'import.manyMatch', params: { count: matches.length } });
      else found.set(entry, matches[0]);
    }
    const ids = [...new Set([...found.values()].map((p) => p.id))];
    const existing =
      ids.length === 0
        ? []
        : await this.c.target
            .rows(Attendance, 'at')
            .andWhere('at.activityId = :activityId AND at.participantId IN (:...ids)', { activityId: this.activity.id, ids })
            .getMany();
    const byParticipant = new Map(existing.map((a) => [a.participantId, a]));
    for (const [entry, person] of found) {
      const earlier = this.seen.get(person.id);
      if (earlier !== undefined) {
        if (this.c.duplicates === 'skip') this.c.report.duplicate(entry.line, 'skipped', { key: 'import.sameAsRowSkipped', params: { row: earlier } });
        else this.c.report.error(entry.line, null, null, { key: 'import.sameAsRow', params: { row: earlier } });
        continue;
      }
      this.seen.set(person.id, entry.line);
      const row = byParticipant.get(person.id);
      if (!row) {
        this.creates.push({
          activityId: this.activity.id,
          participantId: person.id,
          districtId: this.c.districtId,
          attended: entry.attended,
          completed: entry.completed,
        } as Attendance);
        this.c.report.report.created += 1;
      } else if (this.c.duplicates === 'skip') {
        this.c.report.duplicate(entry.line, 'skipped', { key: 'import.alreadyAttending' });
      } else {
        this.updates.push({ id: row.id, attended: entry.attended, completed: entry.completed });
        this.c.report.duplicate(entry.line, 'updated', { key: 'import.alreadyAttending' });
        this.c.report.report.updated += 1;
      }
    }
  }

  /** The district's people the batch may mean, in two scoped queries (by ID number, by folded name). */
  private async people(batch: Pending[]): Promise<Person[]> {
    const idNumbers = batch.flatMap((e) => (e.idNumber ? [e.idNumber] : []));
    const names = [...new Set(batch.filter((e) => !e.idNumber).map((e) => e.searchName))];
    const query = (where: string, params: Record<string, unknown[]>) =>
      this.c.target.rows(Participant, 'p').select(['p.id', 'p.searchName', 'p.birthYear', 'p.communeId', 'p.idNumber']).andWhere(where, params).getMany();
    const rows = [
      ...(await inChunks(idNumbers, (chunk) => query('p.idNumber IN (:...chunk)', { chunk }))),
      ...(await inChunks(names, (chunk) => query('p.searchName IN (:...chunk)', { chunk }))),
    ];
    return [...new Map(rows.map((p) => [p.id, p])).values()];
  }

  async write(w: Writer): Promise<void> {
    const tx = w.tx;
    // The bulk path skips the Writer's create/update, so it asks the period rule itself (docs/DOMAIN.md, "The year as a record").
    await assertOpen(
      tx,
      [this.c.districtId, this.activity.districtId].map((districtId) => ({
        provinceId: this.activity.provinceId,
        fiscalYear: this.activity.fiscalYear,
        districtId,
      })),
    );
    if (!this.versionBumped) {
      // Bumping the activity's version makes an edit of its attendance open elsewhere a CONFLICT.
      await tx.createQueryBuilder().update(Activity).set({ updatedAt: new Date() }).where('id = :id', { id: this.activity.id }).execute();
      this.versionBumped = true;
    }
    await insertInBatches(tx, Attendance, this.creates.splice(0));
    const updates = this.updates.splice(0).map(({ id, attended, completed }) => ({ id, values: { attended, completed } }));
    await updateTraced(w, Attendance, this.c.trail, updates);
  }
}
