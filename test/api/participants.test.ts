import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { Village } from '../../server/src/domain/geography/village.entity';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { Activity, ActivityKind, ActivityScope } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { MonitoringBoard } from '../../server/src/domain/boards/monitoring-board.entity';
import { BoardMember, BoardRole } from '../../server/src/domain/boards/board-member.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

const CREATE = `mutation($input: ParticipantInput!) { createParticipant(input: $input) {
  id version fullName gender birthYear ethnicGroupCode category position communeId villageId districtId phone idNumber isEthnicMinority
  commune { name } village { name } district { code } ethnicGroup { name } attendances { id } } }`;
const UPDATE = `mutation($id: Int!, $version: Int!, $input: ParticipantInput!) {
  updateParticipant(id: $id, version: $version, input: $input) { id version fullName phone villageId } }`;
const DELETE = 'mutation($id: Int!, $version: Int!) { deleteParticipant(id: $id, version: $version) }';
const LIST = `query($filter: ParticipantFilter, $first: Int, $after: String) { participants(filter: $filter, first: $first, after: $after) {
  totalCount edges { node { id fullName } } pageInfo { hasNextPage endCursor } } }`;

interface Created {
  id: number;
  version: number;
  fullName: string;
  districtId: number;
  phone: string | null;
  [field: string]: unknown;
}

describe('registering and finding participants', () => {
  let f: TenantFixture;
  let villages: Village[];
  let otherCommuneVillage: Village;

  const input = (overrides: Record<string, unknown> = {}) => ({
    fullName: 'Sầm Thị Pù',
    gender: 'FEMALE',
    birthYear: 1985,
    ethnicGroupCode: '02',
    category: 'VILLAGE_OFFICIAL',
    position: 'Trưởng thôn',
    communeId: f.lamBinhCommunes[0].id,
    villageId: villages[0].id,
    phone: '0912 345.678',
    idNumber: null,
    ...overrides,
  });

  async function create(overrides: Record<string, unknown> = {}, headers: Headers = f.as.manager): Promise<Created> {
    const result = await f.server.graphql<{ createParticipant: Created }>(CREATE, { input: input(overrides) }, headers);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createParticipant;
  }

  const list = (filter: Record<string, unknown>, first = 50) =>
    f.server.graphql<{ participants: { totalCount: number; edges: { node: { id: number; fullName: string } }[] } }>(LIST, { filter, first }, f.as.manager);

  beforeAll(async () => {
    f = await tenantFixture();
    const repo = f.db.getRepository(Village);
    villages = await repo.save([
      repo.create({ name: 'Bản Khiếu', communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id }),
      repo.create({ name: 'Nà Co', communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id }),
    ]);
    otherCommuneVillage = await repo.save(repo.create({ name: 'Nà Va', communeId: f.lamBinhCommunes[1].id, districtId: f.lamBinh.id }));
  });
  afterAll(() => f.close());

  it('a district manager registers a participant; the district comes from the commune and the phone is kept without separators', async () => {
    const created = await create({ fullName: 'Hoàng Thị Lâm' });
    expect(created).toMatchObject({
      fullName: 'Hoàng Thị Lâm',
      districtId: f.lamBinh.id,
      phone: '0912345678',
      isEthnicMinority: true,
      commune: { name: f.lamBinhCommunes[0].name },
      village: { name: 'Bản Khiếu' },
      district: { code: '071' },
      ethnicGroup: { name: 'Tày' },
      attendances: [],
      version: 1,
    });
    const audit = await f.db.getRepository(AuditEntry).findOneByOrFail({ entity: 'Participant', entityId: created.id, action: 'CREATE' });
    expect(audit).toMatchObject({ districtId: f.lamBinh.id, actorLabel: 'huyen-071' });
    expect(audit.after).toMatchObject({ fullName: 'Hoàng Thị Lâm' });
  });

  it('reads one participant back by id', async () => {
    const created = await create({ fullName: 'Ma Văn Đọc' });
    const result = await f.server.graphql<{ participant: { fullName: string; isEthnicMinority: boolean } }>(
      'query($id: Int!) { participant(id: $id) { fullName isEthnicMinority } }',
      { id: created.id },
      f.as.manager,
    );
    expect(result.data?.participant).toEqual({ fullName: 'Ma Văn Đọc', isEthnicMinority: true });
    const missing = await f.server.graphql<{ participant: null }>('{ participant(id: 999999) { id } }', {}, f.as.manager);
    expect(missing).toEqual({ data: { participant: null } });
  });

  it('refuses invalid input naming the failing field', async () => {
    const thisYear = new Date().getFullYear();
    const cases: [Record<string, unknown>, string][] = [
      [{ birthYear: 1900 }, 'birthYear'],
      [{ birthYear: thisYear - 10 }, 'birthYear'],
      [{ phone: '12345' }, 'phone'],
      [{ phone: '+8412' }, 'phone'],
      [{ fullName: 'A' }, 'fullName'],
      [{ fullName: '   ' }, 'fullName'],
      [{ fullName: 'x'.repeat(121) }, 'fullName'],
      [{ ethnicGroupCode: '99' }, 'ethnicGroupCode'],
      [{ ethnicGroupCode: 'Tay' }, 'ethnicGroupCode'],
      [{ idNumber: '1234' }, 'idNumber'],
      [{ villageId: otherCommuneVillage.id }, 'villageId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await f.server.graphql(CREATE, { input: input(overrides) }, f.as.manager);
      expect({ overrides, codes: codes(result), field: result.errors?.[0].extensions?.field }).toEqual({ overrides, codes: ['BAD_USER_INPUT'], field });
    }
    expect(await f.db.getRepository(Participant).countBy({ fullName: 'A' })).toBe(0);
  });

  it('accepts the edge of the age range and a +84 number', async () => {
    const created = await create({ birthYear: new Date().getFullYear() - 15, phone: '+84 98 765 4321', villageId: null });
    expect(created).toMatchObject({ phone: '+84987654321', villageId: null });
  });

  it('refuses bad values with every broken rule, in Vietnamese unless the caller asks for English', async () => {
    const bad = { input: input({ birthYear: 2030, phone: '12', idNumber: '1234' }) };
    const vietnamese = await f.server.graphql(CREATE, bad, f.as.manager);
    const english = await f.server.graphql(CREATE, bad, { ...f.as.manager, 'accept-language': 'en-GB,en;q=0.9' });
    const latest = new Date().getFullYear() - 15;
    for (const answer of [vietnamese, english]) {
      expect(answer.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'birthYear',
        messageKey: 'rules.yearRange',
        params: { min: 1920, max: latest },
      });
      const failures = answer.errors?.[0].extensions?.fields as { field: string; messageKey: string }[];
      expect(failures.map((x) => [x.field, x.messageKey])).toEqual([
        ['birthYear', 'rules.yearRange'],
        ['phone', 'rules.phone'],
        ['idNumber', 'rules.idNumber'],
      ]);
    }
    expect(vietnamese.errors?.[0].message).toBe(`Năm sinh phải từ 1920 đến ${latest}`);
    expect(english.errors?.[0].message).toBe(`Birth year must be between 1920 and ${latest}`);
  });

  it('refuses an ID number already registered', async () => {
    await create({ idNumber: '008185000111' });
    const result = await f.server.graphql(CREATE, { input: input({ idNumber: '008185000111', fullName: 'Người Khác' }) }, f.as.manager);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.field).toBe('idNumber');
    expect(result.errors?.[0].extensions?.messageKey).toBe('errors.idNumberTaken');
    expect(result.errors?.[0].message).toBe('Số CCCD/CMND này đã được đăng ký');
  });

  it('updates with the current version, and refuses a stale one leaving the row as it was', async () => {
    const created = await create({ fullName: 'Lý Thị Mai' });
    const updated = await f.server.graphql<{ updateParticipant: { version: number; fullName: string; villageId: number } }>(
      UPDATE,
      { id: created.id, version: created.version, input: input({ fullName: 'Lý Thị Mai Anh', villageId: villages[1].id }) },
      f.as.manager,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateParticipant).toMatchObject({ fullName: 'Lý Thị Mai Anh', villageId: villages[1].id, version: created.version + 1 });
    const audit = await f.db.getRepository(AuditEntry).findOneByOrFail({ entity: 'Participant', entityId: created.id, action: 'UPDATE' });
    expect(audit.before).toMatchObject({ fullName: 'Lý Thị Mai' });
    expect(audit.after).toMatchObject({ fullName: 'Lý Thị Mai Anh' });

    const stale = await f.server.graphql(UPDATE, { id: created.id, version: created.version, input: input({ fullName: 'Ghi đè' }) }, f.as.manager);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await f.db.getRepository(Participant).findOneByOrFail({ id: created.id })).toMatchObject({
      fullName: 'Lý Thị Mai Anh',
      version: created.version + 1,
    });
  });

  it('keeps the searchable name in step with an update', async () => {
    const created = await create({ fullName: 'Đặng Văn Tường' });
    await f.server.graphql(UPDATE, { id: created.id, version: created.version, input: input({ fullName: 'Đặng Văn Trường' }) }, f.as.manager);
    expect((await list({ search: 'dang van truong' })).data?.participants.totalCount).toBe(1);
    expect((await list({ search: 'dang van tuong' })).data?.participants.totalCount).toBe(0);
  });

  it('deletes a participant nobody refers to, leaving a DELETE audit entry', async () => {
    const created = await create({ fullName: 'Sẽ Bị Xoá' });
    const stale = await f.server.graphql(DELETE, { id: created.id, version: created.version + 1 }, f.as.manager);
    expect(codes(stale)).toEqual(['CONFLICT']);
    const result = await f.server.graphql(DELETE, { id: created.id, version: created.version }, f.as.manager);
    expect(result).toEqual({ data: { deleteParticipant: true } });
    expect(await f.db.getRepository(Participant).existsBy({ id: created.id })).toBe(false);
    expect(await f.db.getRepository(AuditEntry).existsBy({ entity: 'Participant', entityId: created.id, action: 'DELETE', districtId: f.lamBinh.id })).toBe(
      true,
    );
  });

  it('refuses to delete a participant with attendance or a monitoring-board seat (IN_USE)', async () => {
    const trainee = await create({ fullName: 'Học Viên' });
    const member = await create({ fullName: 'Thành Viên Ban' });
    const activity = await f.db.getRepository(Activity).save(
      f.db.getRepository(Activity).create({
        kind: ActivityKind.TRAINING,
        scope: ActivityScope.IN_PROVINCE,
        title: 'Tập huấn giám sát cộng đồng',
        startDate: '2025-03-01',
        endDate: '2025-03-03',
        fiscalYear: 2025,
        districtId: f.lamBinh.id,
        provinceId: f.lamBinh.provinceId,
      }),
    );
    await f.db.getRepository(Attendance).save({ activityId: activity.id, participantId: trainee.id, districtId: f.lamBinh.id });
    const board = await f.db.getRepository(MonitoringBoard).save({ communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id, establishedOn: '2024-01-15' });
    await f.db.getRepository(BoardMember).save({ boardId: board.id, participantId: member.id, districtId: f.lamBinh.id, role: BoardRole.HEAD });

    for (const person of [trainee, member]) {
      const result = await f.server.graphql(DELETE, { id: person.id, version: person.version }, f.as.manager);
      expect(codes(result)).toEqual(['IN_USE']);
      expect(await f.db.getRepository(Participant).existsBy({ id: person.id })).toBe(true);
    }
    const withAttendance = await f.server.graphql<{ participant: { attendances: { activityId: number }[] } }>(
      'query($id: Int!) { participant(id: $id) { attendances { activityId } } }',
      { id: trainee.id },
      f.as.manager,
    );
    expect(withAttendance.data?.participant.attendances).toEqual([{ activityId: activity.id }]);
  });

  it('finds "Hoàng Thị Lâm" by "hoang thi lam", ignoring diacritics and case', async () => {
    for (const search of ['hoang thi lam', 'HOANG THI', 'Hoàng Thị Lâm', '  thi   lam ']) {
      const names = (await list({ search })).data?.participants.edges.map((e) => e.node.fullName);
      expect({ search, names }).toEqual({ search, names: ['Hoàng Thị Lâm'] });
    }
    expect((await list({ search: 'hoang van lam' })).data?.participants.totalCount).toBe(0);
  });

  it('treats % and _ in the search text literally', async () => {
    expect((await list({ search: '%' })).data?.participants.totalCount).toBe(0);
    expect((await list({ search: '_' })).data?.participants.totalCount).toBe(0);
  });

  it('finds by a whole ID number or phone number, exactly (separators ignored), never by a part of one', async () => {
    const created = await create({ fullName: 'Triệu Văn Số', idNumber: '008090123456', phone: '0387 111 222' });
    for (const search of ['008090123456', '0387 111 222', '0387.111.222', ' 0387111222 ']) {
      expect({ search, ids: (await list({ search })).data?.participants.edges.map((e) => e.node.id) }).toEqual({ search, ids: [created.id] });
    }
    for (const search of ['00809012', '0387 111', '90123456', '0387111223']) expect((await list({ search })).data?.participants.totalCount).toBe(0);
  });

  it('filters by commune, village, category, gender, ethnic group and minority status', async () => {
    const kinh = await create({
      fullName: 'Nguyễn Văn Kinh',
      gender: 'MALE',
      ethnicGroupCode: '01',
      category: 'COMMUNE_OFFICIAL',
      communeId: f.lamBinhCommunes[1].id,
      villageId: otherCommuneVillage.id,
    });
    const all = (await f.db.getRepository(Participant).findBy({ districtId: f.lamBinh.id })).length;
    const ids = async (filter: Record<string, unknown>) => (await list(filter, 200)).data?.participants.edges.map((e) => e.node.id);
    expect(await ids({ ethnicMinority: false })).toEqual([kinh.id]);
    expect(await ids({ ethnicGroupCode: '01' })).toEqual([kinh.id]);
    expect(await ids({ communeId: f.lamBinhCommunes[1].id })).toEqual([kinh.id]);
    expect(await ids({ villageId: otherCommuneVillage.id })).toEqual([kinh.id]);
    expect(await ids({ category: 'COMMUNE_OFFICIAL' })).toEqual([kinh.id]);
    expect(await ids({ gender: 'MALE', districtId: f.lamBinh.id })).toContain(kinh.id);
    expect((await list({ ethnicMinority: true })).data?.participants.totalCount).toBe(all - 1);
    expect((await list({ gender: 'FEMALE', ethnicMinority: false })).data?.participants.totalCount).toBe(0);
  });

  it('pages with cursors and refuses pages over 200', async () => {
    type Paged = { participants: { edges: { node: { id: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await f.server.graphql<Paged>(LIST, { first: 2 }, f.as.manager);
    const page1 = first.data!.participants;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await f.server.graphql<Paged>(LIST, { first: 2, after: page1.pageInfo.endCursor }, f.as.manager);
    expect(second.data!.participants.edges[0].node.id).toBeGreaterThan(page1.edges[1].node.id);
    expect(codes(await f.server.graphql(LIST, { first: 201 }, f.as.manager))).toEqual(['BAD_USER_INPUT']);
  });
});
