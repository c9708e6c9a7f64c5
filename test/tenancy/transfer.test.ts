import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundGenerously, tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { Village } from '../../server/src/domain/geography/village.entity';
import { download, PARTICIPANT_HEADER, participantsCsv, upload } from '../transfer/transfer-client';

/** Files in and out keep to the caller's district exactly as the GraphQL API does. */
describe('tenancy of import and export', () => {
  let f: TenantFixture;
  let lamBinhCourse: number;
  const lamBinhPeople = () => f.db.getRepository(Participant).countBy({ districtId: f.lamBinh.id });

  beforeAll(async () => {
    f = await tenantFixture();
    await fundGenerously(f, [2026]);
    const imported = await upload(f, 'participants', participantsCsv(10, f.lamBinhCommunes[0]), { as: f.as.manager, query: { mode: 'commit' } });
    expect(imported.report.created).toBe(10);
    await f.db
      .getRepository(Village)
      .save(f.db.getRepository(Village).create({ name: 'Thôn Nà Khà', communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id }));
    const input = {
      kind: 'TRAINING',
      scope: 'IN_PROVINCE',
      title: 'Tập huấn Lâm Bình',
      startDate: '2026-05-11',
      endDate: '2026-05-13',
      fiscalYear: 2026,
      plannedCost: 1,
      districtId: f.lamBinh.id,
    };
    lamBinhCourse = (
      await f.server.graphql<{ createActivity: { id: number } }>(
        'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
        { input },
        f.as.manager,
      )
    ).data!.createActivity.id;
  });
  afterAll(() => f.close());

  it('a row naming another district\'s commune is "commune not found", as for a commune that does not exist', async () => {
    const [mine] = f.lamBinhCommunes;
    const csv = [
      PARTICIPANT_HEADER,
      `Ma Văn A,Nam,1980,Tày,Người dân,,${mine.code},,,,`,
      `Ma Văn B,Nam,1980,Tày,Người dân,,,${mine.name},,,`,
      'Ma Văn C,Nam,1980,Tày,Người dân,,00000,,,,',
    ].join('\n');
    const { report } = await upload(f, 'participants', csv, { as: f.as.otherManager, query: { mode: 'commit' } });
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.messageKey, e.params])).toEqual([
      ['import.communeCodeNotFound', { code: mine.code }],
      ['import.communeNameNotFound', { name: mine.name }],
      ['import.communeCodeNotFound', { code: '00000' }],
    ]);
    expect(await lamBinhPeople()).toBe(10);
  });

  it("another district cannot update Lâm Bình's people through an import, even with their ID numbers", async () => {
    const csv = participantsCsv(2, f.naHangCommunes[0]);
    const { report } = await upload(f, 'participants', csv, { as: f.as.otherManager, query: { mode: 'commit', duplicates: 'update' } });
    // One refusal for the file, naming no row (test/api/id-number-oracle.test.ts).
    expect(report).toMatchObject({ committed: false, errorCount: 1 });
    expect(report.errors).toMatchObject([
      { row: 0, column: 'Số CCCD/CMND', field: 'idNumber', value: null, messageKey: 'import.idNumbersElsewhere', params: {} },
    ]);
    expect((await f.db.getRepository(Participant).findOneByOrFail({ idNumber: '100000000000' })).districtId).toBe(f.lamBinh.id);
  });

  it("another district cannot name Lâm Bình as the target, nor Lâm Bình's activity", async () => {
    const intoLamBinh = await upload(f, 'participants', participantsCsv(1, f.naHangCommunes[0], 50), {
      as: f.as.otherManager,
      query: { mode: 'commit', districtId: f.lamBinh.id },
    });
    expect(intoLamBinh.status).toBe(404);
    expect(intoLamBinh.error).toMatchObject({ code: 'NOT_FOUND', entity: 'District', field: 'districtId' });
    const attendance = await upload(f, 'attendance', 'Số CCCD/CMND\n100000000000', {
      as: f.as.otherManager,
      query: { mode: 'commit', activityId: lamBinhCourse },
    });
    expect(attendance.status).toBe(404);
    expect(attendance.error).toMatchObject({ code: 'NOT_FOUND', entity: 'Activity', field: 'activityId' });
    const missing = await upload(f, 'attendance', 'Số CCCD/CMND\n100000000000', { as: f.as.otherManager, query: { activityId: 999_999 } });
    expect({ ...missing.error, id: 'x' }).toEqual({ ...attendance.error, id: 'x' });
    expect(await f.db.getRepository(Attendance).count()).toBe(0);
  });

  it("on a province-level activity, attendance names only the caller's own people", async () => {
    const input = {
      kind: 'TRAINING',
      scope: 'IN_PROVINCE',
      title: 'Tập huấn của tỉnh',
      startDate: '2026-06-01',
      endDate: '2026-06-02',
      fiscalYear: 2026,
      plannedCost: 1,
      districtId: null,
    };
    const tour = (
      await f.server.graphql<{ createActivity: { id: number } }>(
        'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
        { input },
        f.as.province,
      )
    ).data!.createActivity.id;
    const byId = await upload(f, 'attendance', 'Số CCCD/CMND\n100000000000', { as: f.as.otherManager, query: { mode: 'commit', activityId: tour } });
    const byName = await upload(f, 'attendance', 'Họ và tên,Năm sinh\nNgười Thử 1,1961', {
      as: f.as.otherManager,
      query: { mode: 'commit', activityId: tour },
    });
    for (const { report } of [byId, byName]) {
      expect(report).toMatchObject({ committed: false, errorCount: 1 });
      expect(report.errors[0].messageKey).toBe('import.participantNotFound');
    }
    const mine = await upload(f, 'attendance', 'Họ và tên,Năm sinh\nNgười Thử 1,1961', { as: f.as.manager, query: { activityId: tour } });
    expect(mine.report).toMatchObject({ created: 1, errorCount: 0 });
    expect(await f.db.getRepository(Attendance).count()).toBe(0);
  });

  it('the district viewer cannot import, not even a dry run; an anonymous caller must sign in', async () => {
    const viewer = await upload(f, 'participants', participantsCsv(1, f.lamBinhCommunes[0], 60), { as: f.as.viewer, query: { mode: 'commit' } });
    expect([viewer.status, viewer.error?.code]).toEqual([403, 'FORBIDDEN']);
    expect((await upload(f, 'participants', participantsCsv(1, f.lamBinhCommunes[0], 60), { as: f.as.viewer })).status).toBe(403);
    expect((await upload(f, 'participants', 'x', { as: f.as.anonymous })).status).toBe(401);
    expect((await download(f, '/api/export/participants.csv', f.as.anonymous)).status).toBe(401);
    expect(await lamBinhPeople()).toBe(10);
  });

  it('the province must say which district, and may import into any of its own', async () => {
    const without = await upload(f, 'participants', participantsCsv(1, f.lamBinhCommunes[0], 70), { as: f.as.province, query: { mode: 'commit' } });
    expect(without.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'districtId' });
    const viewer = await upload(f, 'participants', participantsCsv(1, f.lamBinhCommunes[0], 70), {
      as: f.as.provinceViewer,
      query: { districtId: f.lamBinh.id },
    });
    expect(viewer.status).toBe(403);
    const into = await upload(f, 'participants', participantsCsv(1, f.lamBinhCommunes[0], 70), {
      as: f.as.province,
      query: { mode: 'commit', districtId: f.lamBinh.id },
    });
    expect(into.report).toMatchObject({ committed: true, created: 1 });
    expect(await lamBinhPeople()).toBe(11);
  });

  it("exports hold only the caller's district, whatever the filters say", async () => {
    const lines = async (path: string, as = f.as.otherManager) => (await download(f, path, as)).body.toString('utf8').slice(1).trim().split('\r\n').length - 1;
    expect(await lines('/api/export/participants.csv')).toBe(0);
    expect(await lines(`/api/export/participants.csv?districtId=${f.lamBinh.id}`)).toBe(0);
    expect(await lines(`/api/export/participants.csv?communeId=${f.lamBinhCommunes[0].id}`)).toBe(0);
    expect(await lines('/api/export/participants.csv?search=nguoi thu')).toBe(0);
    expect(await lines('/api/export/villages.csv')).toBe(0);
    // Na Hang sees the province's own course (with none of Lâm Bình's attendance), never Lâm Bình's course.
    const activities = (await download(f, '/api/export/activities.csv', f.as.otherManager)).body.toString('utf8').slice(1).trim().split('\r\n');
    expect(activities.slice(1).map((line) => line.split(',').slice(3, 4).concat(line.split(',').slice(-7)))).toEqual([
      ['Tập huấn của tỉnh', '', '', '', '', '', '', ''],
    ]);
    expect(await lines('/api/export/participants.csv', f.as.viewer)).toBe(11);
    expect(await lines('/api/export/participants.csv', f.as.provinceViewer)).toBe(11);
  });
});
