import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { Village } from '../../server/src/domain/geography/village.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { District } from '../../server/src/domain/geography/district.entity';
import { download, PARTICIPANT_HEADER, readWorkbook, upload } from './transfer-client';

describe('a district takes its lists out and brings them in again', () => {
  let f: TenantFixture;
  let chiemHoa: District;
  let target: Commune[];

  beforeAll(async () => {
    f = await tenantFixture();
    chiemHoa = await f.db.getRepository(District).findOneByOrFail({ code: '073' });
    target = await f.db.getRepository(Commune).find({ where: { districtId: chiemHoa.id }, order: { code: 'ASC' }, take: 2 });
    const [a, b] = f.lamBinhCommunes;
    const villages = [
      'Mã xã,Tên thôn/bản,Thôn ĐBKK,Số hộ,Số hộ nghèo',
      `${a.code},Thôn Nà Khà,Có,120,45`,
      `${a.code},Bản Khuổi Củng,x,80,60`,
      `${b.code},Thôn Bản Lục,Không,200,10`,
    ].join('\n');
    const imported = await upload(f, 'villages', villages, { as: f.as.manager, query: { mode: 'commit' } });
    expect(imported.report).toMatchObject({ committed: true, created: 3, errorCount: 0 });
    const rows = [PARTICIPANT_HEADER];
    for (let i = 0; i < 300; i++) {
      const [commune, village] = i % 3 === 0 ? [a, 'Thôn Nà Khà'] : i % 3 === 1 ? [a, ''] : [b, 'Thôn Bản Lục'];
      const id = i % 4 === 0 ? '' : String(1_000_000_000 + i).padStart(12, '0');
      const phone = i % 5 === 0 ? `09${String(10_000_000 + i)}` : '';
      rows.push(
        `Triệu Thị ${i},${i % 2 ? 'Nam' : 'Nữ'},${1950 + (i % 50)},${i % 7 === 0 ? 'Kinh' : 'Dao'},${i % 2 ? 'Cán bộ xã' : 'Người có uy tín'},${i % 6 === 0 ? 'Trưởng thôn' : ''},${commune.code},${commune.name},${village},${phone},${id}`,
      );
    }
    const people = await upload(f, 'participants', rows.join('\n'), { as: f.as.manager, query: { mode: 'commit' } });
    expect(people.report).toMatchObject({ committed: true, created: 300, errorCount: 0 });
  });
  afterAll(() => f.close());

  /** The same file as if the district's two communes were Chiêm Hóa's first two. */
  function moved(text: string): string {
    return f.lamBinhCommunes.reduce(
      (out, c, i) =>
        out
          .replaceAll(`,${c.code},${c.name},`, `,${target[i].code},${target[i].name},`)
          .replaceAll(`${c.code},${c.name},`, `${target[i].code},${target[i].name},`),
      text,
    );
  }

  it('exports participants as CSV in the template columns, with a BOM so Excel reads the Vietnamese', async () => {
    const { status, body, type } = await download(f, '/api/export/participants.csv', f.as.manager);
    expect(status).toBe(200);
    expect(type).toBe('text/csv; charset=utf-8');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(PARTICIPANT_HEADER);
    expect(lines).toHaveLength(301);
    expect(lines[1]).toBe(
      `Triệu Thị 0,Nữ,1950,Kinh,Người có uy tín,Trưởng thôn,${f.lamBinhCommunes[0].code},${f.lamBinhCommunes[0].name},Thôn Nà Khà,0910000000,`,
    );
  });

  it('honours the list filters', async () => {
    const count = async (query: string) =>
      (await download(f, `/api/export/participants.csv?${query}`, f.as.manager)).body.toString('utf8').trim().split('\r\n').length - 1;
    expect(await count('gender=FEMALE')).toBe(150);
    expect(await count(`communeId=${f.lamBinhCommunes[1].id}`)).toBe(100);
    expect(await count('search=trieu thi 12')).toBe(11);
    expect(await count('ethnicMinority=false')).toBe(43);
    expect(await count('category=COMMUNE_OFFICIAL&gender=MALE')).toBe(150);
    const bad = await download(f, '/api/export/participants.csv?gender=OTHER', f.as.manager);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString())).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'gender' } });
  });

  it('round trip: export, import into an empty district, export again: the two files match', async () => {
    const villages = (await download(f, '/api/export/villages.csv', f.as.manager)).body.toString('utf8');
    const first = (await download(f, '/api/export/participants.csv', f.as.manager)).body.toString('utf8');
    // ID numbers are unique across the country: the people move, they are not copied.
    await f.db.getRepository(Participant).createQueryBuilder().delete().where('districtId = :id', { id: f.lamBinh.id }).execute();

    const into = { as: f.as.province, query: { mode: 'commit', districtId: chiemHoa.id } };
    expect((await upload(f, 'villages', moved(villages), into)).report).toMatchObject({ committed: true, created: 3, errorCount: 0 });
    const imported = await upload(f, 'participants', moved(first), into);
    expect(imported.report).toMatchObject({ committed: true, created: 300, errorCount: 0 });
    expect(await f.db.getRepository(Participant).countBy({ districtId: chiemHoa.id })).toBe(300);

    const second = (await download(f, `/api/export/participants.csv?districtId=${chiemHoa.id}`, f.as.province)).body.toString('utf8');
    expect(second).toBe(moved(first));
    expect(second).not.toBe(first);
  });

  it('exports XLSX that imports again unchanged (a dry run finds every row already there)', async () => {
    const { body, type } = await download(f, `/api/export/participants.xlsx?districtId=${chiemHoa.id}`, f.as.province);
    expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = await readWorkbook(body);
    expect(sheets['Người tham gia'][0]).toEqual(PARTICIPANT_HEADER.split(','));
    expect(sheets['Người tham gia']).toHaveLength(301);
    const again = await upload(f, 'participants', body, { as: f.as.province, name: 'xuat.xlsx', query: { districtId: chiemHoa.id } });
    expect(again.report).toMatchObject({ rowsRead: 300, created: 0, skipped: 300, errorCount: 0 });
  });

  it('exports villages in the villages template columns', async () => {
    const text = (await download(f, `/api/export/villages.csv?districtId=${chiemHoa.id}&especiallyDifficult=true`, f.as.province)).body.toString('utf8');
    expect(text.slice(1).trim().split('\r\n')).toEqual([
      'Mã xã,Xã,Tên thôn/bản,Thôn ĐBKK,Số hộ,Số hộ nghèo',
      `${target[0].code},${target[0].name},Thôn Nà Khà,Có,120,45`,
      `${target[0].code},${target[0].name},Bản Khuổi Củng,Có,80,60`,
    ]);
    expect(await f.db.getRepository(Village).countBy({ districtId: chiemHoa.id })).toBe(3);
  });

  it('gives templates with Vietnamese headings and an example row', async () => {
    const csv = await download(f, '/api/templates/participants.csv', f.as.anonymous);
    expect(csv.body.toString('utf8').slice(1).split('\r\n')[0]).toBe(PARTICIPANT_HEADER);
    const xlsx = await readWorkbook((await download(f, '/api/templates/attendance.xlsx', f.as.anonymous)).body);
    expect(xlsx['Dữ liệu'][0]).toEqual(['Họ và tên', 'Năm sinh', 'Số CCCD/CMND', 'Mã xã', 'Xã', 'Có mặt', 'Hoàn thành']);
    expect(Object.keys(xlsx)).toEqual(['Dữ liệu', 'Hướng dẫn']);
    expect((await download(f, '/api/templates/budgets.csv', f.as.anonymous)).status).toBe(404);
  });
});
