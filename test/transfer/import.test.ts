import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { Village } from '../../server/src/domain/geography/village.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import { PARTICIPANT_HEADER, participantsCsv, upload, workbook } from './transfer-client';

describe('a district officer imports a spreadsheet of participants', () => {
  let f: TenantFixture;
  const count = (districtId: number) => f.db.getRepository(Participant).countBy({ districtId });

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('checks every row in a dry run, streaming progress, and writes nothing', async () => {
    const csv = participantsCsv(2500, f.lamBinhCommunes[0]);
    const result = await upload(f, 'participants', csv, { as: f.as.manager });
    expect(result.status).toBe(200);
    expect(result.lines.filter((l) => l.type === 'progress').map((l) => l.rowsRead)).toEqual([1000, 2000]);
    expect(result.report).toMatchObject({ type: 'report', mode: 'dry-run', committed: false, rowsRead: 2500, created: 2500, errorCount: 0, fileError: null });
    expect(await count(f.lamBinh.id)).toBe(0);
  });

  it('commits all rows in one go, with one audit entry for the whole import', async () => {
    const audits = await f.db.getRepository(AuditEntry).count();
    const csv = participantsCsv(2500, f.lamBinhCommunes[0]);
    const result = await upload(f, 'participants', csv, { as: f.as.manager, query: { mode: 'commit' }, name: 'danh-sach.csv' });
    expect(result.report).toMatchObject({ committed: true, created: 2500, errorCount: 0 });
    expect(await count(f.lamBinh.id)).toBe(2500);
    const entries = await f.db.getRepository(AuditEntry).find({ order: { id: 'DESC' }, take: 2 });
    expect((await f.db.getRepository(AuditEntry).count()) - audits).toBe(1);
    expect(entries[0]).toMatchObject({ entity: 'Import', action: 'CREATE', districtId: f.lamBinh.id, actorLabel: 'huyen-071' });
    expect(entries[0].after).toMatchObject({ kind: 'participants', rows: 2500, fileName: 'danh-sach.csv' });
    const one = await f.db.getRepository(Participant).findOneByOrFail({ idNumber: '100000000007' });
    expect(one).toMatchObject({
      fullName: 'Người Thử 7',
      gender: 'MALE',
      birthYear: 1967,
      ethnicGroupCode: '02',
      category: 'RESIDENT',
      communeId: f.lamBinhCommunes[0].id,
      searchName: 'nguoi thu 7',
      version: 1,
    });
  });

  it('skips people already registered, or updates them, as the officer chooses', async () => {
    const csv = participantsCsv(3, f.lamBinhCommunes[0], 10).replace('Người dân', 'Người có uy tín');
    const skipped = await upload(f, 'participants', csv, { as: f.as.manager, query: { mode: 'commit', duplicates: 'skip' } });
    expect(skipped.report).toMatchObject({ committed: true, created: 0, skipped: 3, updated: 0 });
    expect(skipped.report.duplicates[0]).toMatchObject({ row: 2, action: 'skipped', messageKey: 'import.alreadyRegisteredId' });
    const updated = await upload(f, 'participants', csv, { as: f.as.manager, query: { mode: 'commit', duplicates: 'update' } });
    expect(updated.report).toMatchObject({ committed: true, created: 0, updated: 3 });
    const person = await f.db.getRepository(Participant).findOneByOrFail({ idNumber: '100000000010' });
    expect(person).toMatchObject({ category: 'PRESTIGIOUS_PERSON', version: 2 });
  });

  it('finds the same person without an ID number by name, birth year and village, in the file and in the district', async () => {
    const csv = [PARTICIPANT_HEADER, 'Lò Văn Sáng,Nam,1970,Dao,Người dân,,,Phúc Yên,,,', 'Lo Van Sang,Nam,1970,Dao,Người dân,,,phuc yen,,,'].join('\n');
    const first = await upload(f, 'participants', csv, { as: f.as.manager, query: { mode: 'commit' } });
    expect(first.report).toMatchObject({ committed: true, created: 1, skipped: 1 });
    expect(first.report.duplicates).toEqual([
      { row: 3, action: 'skipped', reason: 'Trùng người ở dòng 2 của tệp', messageKey: 'import.sameAsRowSkipped', params: { row: 2 } },
    ]);
    const again = await upload(f, 'participants', csv, { as: f.as.manager, query: { duplicates: 'update' } });
    expect(again.report.errors).toEqual([
      {
        row: 3,
        column: null,
        field: null,
        value: null,
        message: 'Trùng người ở dòng 2 của tệp; hãy giữ một trong hai dòng',
        messageKey: 'import.sameAsRow',
        params: { row: 2 },
      },
    ]);
  });

  it('reads Vietnamese or API names, codes, dates and Excel serials, and reports every bad cell with its row and column', async () => {
    const csv = [
      PARTICIPANT_HEADER,
      'Hoàng Thị Mai,nữ,15/03/1985,02,COMMUNE_OFFICIAL,Chủ tịch,02233,,,0912 345 678,',
      'Hoàng Văn Nam,MALE,1986-04-30,tay,cán bộ xã,,,PHÚC YÊN,,,',
      'X,Khác,31/02/1985,Không rõ,Học sinh,,99999,,,12345,12',
      'Đặng Văn Tư,Nam,2030,Dao,Người dân,,,,,,',
    ].join('\n');
    const { report } = await upload(f, 'participants', csv, { as: f.as.manager });
    const byRow = (row: number) => report.errors.filter((e) => e.row === row).map((e) => [e.column, e.value]);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual([]);
    expect(byRow(4)).toEqual([
      ['Họ và tên', 'X'],
      ['Giới tính', 'Khác'],
      ['Năm sinh', '31/02/1985'],
      ['Dân tộc', 'Không rõ'],
      ['Đối tượng', 'Học sinh'],
      ['Mã xã', '99999'],
      ['Số điện thoại', '12345'],
      ['Số CCCD/CMND', '12'],
    ]);
    expect(report.errors.find((e) => e.row === 4 && e.column === 'Mã xã')).toMatchObject({
      field: 'communeCode',
      messageKey: 'import.communeCodeNotFound',
      params: { code: '99999' },
    });
    // The rules are shared/rules: a birth year too recent is the API's yearRange, with the label users see.
    const latest = new Date().getFullYear() - 15;
    expect(report.errors.find((e) => e.row === 5 && e.field === 'birthYear')).toMatchObject({
      messageKey: 'rules.yearRange',
      params: { min: 1920, max: latest },
      message: `Năm sinh phải từ 1920 đến ${latest}`,
    });
    expect(byRow(5)).toEqual([
      ['Năm sinh', '2030'],
      ['Xã', null],
    ]);
    expect(report.errorCount).toBe(10);
  });

  it('reads an Excel workbook, with dates as serial numbers and ID numbers that lost their leading zero', async () => {
    const book = await workbook([
      PARTICIPANT_HEADER.split(','),
      ['Ma Thị Hoa', 'Nữ', 31121, 'Tày', 'Người dân', null, '02233', 'Phúc Yên', null, 912345678, 81850001234],
    ]);
    const { report } = await upload(f, 'participants', book, { as: f.as.manager, name: 'ds.xlsx', query: { mode: 'commit' } });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ committed: true, created: 1, errorCount: 0 });
    expect(await f.db.getRepository(Participant).findOneByOrFail({ idNumber: '081850001234' })).toMatchObject({ birthYear: 1985, phone: '0912345678' });
  });

  it('passes over a title row above the headings, and reads a one-column attendance-style heading', async () => {
    const book = await workbook([
      ['DANH SÁCH NGƯỜI THAM GIA TẬP HUẤN NĂM 2026'],
      [],
      PARTICIPANT_HEADER.split(','),
      ['Lý Thị Hiền', 'Nữ', 1991, 'Dao', 'Người dân', null, '02233'],
    ]);
    const { report } = await upload(f, 'participants', book, { as: f.as.manager, name: 'ds.xlsx' });
    expect(report).toMatchObject({ rowsRead: 1, created: 1, errorCount: 0, fileError: null });
  });

  it('places people in villages named in the file, and refuses an unknown village', async () => {
    await f.db
      .getRepository(Village)
      .save(f.db.getRepository(Village).create({ name: 'Thôn Nà Khà', communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id }));
    const csv = [
      PARTICIPANT_HEADER,
      'Triệu Thị Lan,Nữ,1990,Dao,Cán bộ thôn,,02233,,thon na kha,,',
      'Triệu Văn Hùng,Nam,1990,Dao,Cán bộ thôn,,02233,,Thôn Không Có,,',
    ].join('\n');
    const { report } = await upload(f, 'participants', csv, { as: f.as.manager });
    expect(report.errors).toEqual([
      {
        row: 3,
        column: 'Thôn/bản',
        field: 'village',
        value: 'Thôn Không Có',
        messageKey: 'import.villageNotFound',
        params: { name: 'Thôn Không Có', commune: 'Phúc Yên' },
        message: 'Không tìm thấy thôn, bản: “Thôn Không Có” không thuộc xã Phúc Yên (hãy nhập danh sách thôn, bản trước)',
      },
    ]);
  });

  it('writes nothing at all when a single row of a large file is wrong, even one after the first batches', async () => {
    const before = await count(f.lamBinh.id);
    const audits = await f.db.getRepository(AuditEntry).count();
    // The first 1,000 rows are written inside the transaction before row 1,400 is read: they roll back.
    const csv = participantsCsv(1500, f.lamBinhCommunes[1], 5000).replace('Người Thử 6398,Nữ,1998', 'Người Thử 6398,Nữ,19x8');
    const { report } = await upload(f, 'participants', csv, { as: f.as.manager, query: { mode: 'commit' } });
    expect(report).toMatchObject({ committed: false, rowsRead: 1500, errorCount: 1 });
    expect(report.errors[0]).toMatchObject({ row: 1400, column: 'Năm sinh', value: '19x8' });
    expect(await f.db.getRepository(AuditEntry).count()).toBe(audits);
    expect(await count(f.lamBinh.id)).toBe(before);
  });

  it('refuses a file past the size limit with 413 and a clear message', async () => {
    const huge = 'x'.repeat(51 * 1024 * 1024);
    const result = await upload(f, 'participants', huge, { as: f.as.manager });
    expect(result.status).toBe(413);
    expect(result.error).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'Tệp lớn hơn giới hạn 50 MB; hãy chia thành các tệp nhỏ hơn' });
  });

  it('answers bad parameters with 400 and an unknown kind with 404', async () => {
    expect((await upload(f, 'participants', 'a', { as: f.as.manager, query: { mode: 'now' } })).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mode' });
    expect((await upload(f, 'budgets', 'a', { as: f.as.manager })).status).toBe(404);
    expect((await upload(f, 'attendance', 'a', { as: f.as.manager })).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });
  });
});

/** shared/rules/village.ts bounds a village's households once: the import refuses what the API refuses. */
describe('a village import follows the API’s household rule', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('refuses more households than the rule allows, in the file as in createVillage', async () => {
    const commune = f.lamBinhCommunes[0];
    const csv = ['Mã xã,Tên thôn/bản,Số hộ,Số hộ nghèo', `${commune.code},Thôn Quá Đông,200000,10`, `${commune.code},Thôn Vừa,120,150000`].join('\n');
    const { report } = await upload(f, 'villages', csv, { as: f.as.manager });
    expect(report.errors.map((e) => [e.row, e.field, e.messageKey])).toEqual([
      [2, 'households', 'rules.wholeNumberRange'],
      [3, 'poorHouseholds', 'rules.wholeNumberRange'],
    ]);
    const api = await f.server.graphql(
      'mutation($input: CreateVillageInput!) { createVillage(input: $input) { id } }',
      { input: { communeId: commune.id, name: 'Thôn Quá Đông', households: 200000, poorHouseholds: 10 } },
      f.as.manager,
    );
    expect(api.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'households', messageKey: 'rules.wholeNumberRange' });
  });
});
