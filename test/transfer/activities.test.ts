import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundGenerously, tenantFixture, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { Activity } from '../../server/src/domain/activities/activity.entity';
import { download, participantsCsv, readWorkbook, upload, workbook } from './transfer-client';

const CREATE = 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }';
const ATTENDANCE_HEADER = 'Họ và tên,Năm sinh,Số CCCD/CMND,Mã xã,Xã,Có mặt,Hoàn thành';

describe('attendance comes in from a sign-in sheet and activities go out with their attendance', () => {
  let f: TenantFixture;
  let course: number;
  let provinceTour: number;

  async function createActivity(title: string, districtId: number | null, as: Headers): Promise<number> {
    const input = {
      kind: 'TRAINING',
      scope: 'IN_PROVINCE',
      title,
      startDate: '2026-05-11',
      endDate: '2026-05-13',
      fiscalYear: 2026,
      plannedCost: 40_000_000,
      districtId,
    };
    const result = await f.server.graphql<{ createActivity: { id: number } }>(CREATE, { input }, as);
    expect(result.errors).toBeUndefined();
    return result.data!.createActivity.id;
  }

  beforeAll(async () => {
    f = await tenantFixture();
    await fundGenerously(f, [2026]);
    const people = await upload(f, 'participants', participantsCsv(20, f.lamBinhCommunes[0]), { as: f.as.manager, query: { mode: 'commit' } });
    expect(people.report.created).toBe(20);
    const others = await upload(f, 'participants', participantsCsv(5, f.naHangCommunes[0], 100), { as: f.as.otherManager, query: { mode: 'commit' } });
    expect(others.report.created).toBe(5);
    course = await createActivity('Tập huấn giám sát cộng đồng', f.lamBinh.id, f.as.manager);
    provinceTour = await createActivity('Tham quan mô hình chè', null, f.as.province);
  });
  afterAll(() => f.close());

  it('matches people by ID number or by name and birth year, and reports who is not found', async () => {
    const csv = [
      ATTENDANCE_HEADER,
      ',,100000000001,,,Có,Có',
      'Người Thử 2,1962,,,,x,',
      'người thử 3,,,02233,,1,0',
      'Người Thử 104,1964,,,,Có,Không',
      ',,100000000104,,,Có,Không',
      'Người Thử 5,1965,,,,Không,Có',
    ].join('\n');
    const { report } = await upload(f, 'attendance', csv, { as: f.as.manager, query: { activityId: course } });
    expect(report.errors).toMatchObject([
      { row: 5, column: null, field: null, value: null, messageKey: 'import.participantNotFound' },
      { row: 6, column: null, field: null, value: null, messageKey: 'import.participantNotFound' },
      { row: 7, column: 'Hoàn thành', field: 'completed', value: 'Có', messageKey: 'errors.completedNotAttended' },
    ]);
  });

  it('writes the attendance list in one go and bumps the activity version', async () => {
    const csv = [ATTENDANCE_HEADER, ',,100000000001,,,Có,Có', 'Người Thử 2,1962,,,,x,', ',,100000000003,,,Có,Không', ',,100000000003,,,Có,Có'].join('\n');
    const { report } = await upload(f, 'attendance', csv, { as: f.as.manager, query: { activityId: course, mode: 'commit' } });
    expect(report).toMatchObject({ committed: true, created: 3, skipped: 1 });
    expect(await f.db.getRepository(Attendance).countBy({ activityId: course })).toBe(3);
    expect((await f.db.getRepository(Activity).findOneByOrFail({ id: course })).version).toBe(2);
    const update = await upload(f, 'attendance', `${ATTENDANCE_HEADER}\n,,100000000003,,,Có,Có`, {
      as: f.as.manager,
      query: { activityId: course, mode: 'commit', duplicates: 'update' },
    });
    expect(update.report).toMatchObject({ committed: true, updated: 1 });
    expect(
      await f.db.getRepository(Attendance).findOneByOrFail({
        activityId: course,
        completed: true,
        participantId: (await f.db.getRepository(Attendance).find({ where: { activityId: course }, order: { id: 'ASC' } }))[2].participantId,
      }),
    ).toBeTruthy();
  });

  it('lets each district add its own people to a province-level activity', async () => {
    const mine = await upload(f, 'attendance', `${ATTENDANCE_HEADER}\n,,100000000005,,,Có,Có`, {
      as: f.as.manager,
      query: { activityId: provinceTour, mode: 'commit' },
    });
    const theirs = await upload(f, 'attendance', `${ATTENDANCE_HEADER}\n,,100000000100,,,Có,Có`, {
      as: f.as.otherManager,
      query: { activityId: provinceTour, mode: 'commit' },
    });
    expect([mine.report.created, theirs.report.created]).toEqual([1, 1]);
  });

  it('exports activities as XLSX with an attendance sheet, and as CSV with one line per attendance', async () => {
    const sheets = await readWorkbook((await download(f, '/api/export/activities.xlsx?fiscalYear=2026', f.as.manager)).body);
    expect(sheets['Hoạt động'].map((r) => r[3])).toEqual(['Tên hoạt động', 'Tập huấn giám sát cộng đồng', 'Tham quan mô hình chè']);
    expect(sheets['Hoạt động'][1].slice(0, 7)).toEqual([
      course,
      'Tập huấn',
      'Trong tỉnh',
      'Tập huấn giám sát cộng đồng',
      undefined,
      '11/05/2026',
      '13/05/2026',
    ]);
    // Lâm Bình sees its own people on the province's tour, never Na Hang's.
    expect(sheets['Điểm danh'].slice(1).map((r) => [r[0], r[2], r[7], r[8]])).toEqual([
      [course, 'Người Thử 1', 'Có', 'Có'],
      [course, 'Người Thử 2', 'Có', 'Không'],
      [course, 'Người Thử 3', 'Có', 'Có'],
      [provinceTour, 'Người Thử 5', 'Có', 'Có'],
    ]);
    const csv = (await download(f, `/api/export/activities.csv?kind=TRAINING&search=giam sat`, f.as.manager)).body
      .toString('utf8')
      .slice(1)
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toMatch(
      /^\d+,Tập huấn,Trong tỉnh,Tập huấn giám sát cộng đồng,,11\/05\/2026,13\/05\/2026,,,2026,40000000,,Kế hoạch,Lâm Bình,Người Thử 1,1961,100000000001,02233,Phúc Yên,Có,Có$/,
    );
  });

  it('takes the attendance sheet of an export back in as it is', async () => {
    const sheets = await download(f, '/api/export/activities.xlsx', f.as.manager);
    const book = await readWorkbook(sheets.body);
    const rows = book['Điểm danh'].filter((r, i) => i === 0 || r[0] === course);
    const file = await workbook(rows);
    const { report } = await upload(f, 'attendance', file, { as: f.as.manager, name: 'diem-danh.xlsx', query: { activityId: course } });
    expect(report).toMatchObject({ rowsRead: 3, skipped: 3, errorCount: 0, fileError: null });
  });
});
