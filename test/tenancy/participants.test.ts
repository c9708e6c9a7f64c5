import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { Village } from '../../server/src/domain/geography/village.entity';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { Activity, ActivityKind, ActivityScope } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import { isMysql } from '../../server/src/shared/sql-dialect';

const NESTED = `id fullName districtId commune { id name } village { id name } district { code } ethnicGroup { code } isEthnicMinority
  attendances { id participantId districtId }`;
const ONE = `query($id: Int!) { participant(id: $id) { ${NESTED} } }`;
const LIST = `query($filter: ParticipantFilter) { participants(filter: $filter, first: 200) { totalCount edges { node { ${NESTED} } } } }`;
const CREATE = 'mutation($input: ParticipantInput!) { createParticipant(input: $input) { id } }';
const UPDATE = 'mutation($id: Int!, $version: Int!, $input: ParticipantInput!) { updateParticipant(id: $id, version: $version, input: $input) { id } }';
const DELETE = 'mutation($id: Int!, $version: Int!) { deleteParticipant(id: $id, version: $version) }';

interface Node {
  id: number;
  districtId: number;
  district: { code: string };
  commune: { id: number };
  village: { id: number } | null;
  attendances: { participantId: number; districtId: number }[];
}
type ListResult = { participants: { totalCount: number; edges: { node: Node }[] } };

describe('a district manager cannot reach another district’s participants', () => {
  let f: TenantFixture;
  let lamBinhVillage: Village;
  let naHangVillage: Village;
  /** Hoàng Thị Lâm of Lâm Bình: the row Na Hang's manager must never see or touch. */
  let lam: Participant;
  /** Ma Văn Hằng of Na Hang: the other manager's own participant. */
  let hang: Participant;

  const lamInput = () => ({
    fullName: 'Hoàng Thị Lâm',
    gender: 'FEMALE',
    birthYear: 1980,
    ethnicGroupCode: '02',
    category: 'PRESTIGIOUS_PERSON',
    communeId: f.lamBinhCommunes[0].id,
    villageId: lamBinhVillage.id,
    phone: '0915000111',
    idNumber: '008180000999',
  });
  const hangInput = (overrides: Record<string, unknown> = {}) => ({
    fullName: 'Ma Văn Hằng',
    gender: 'MALE',
    birthYear: 1975,
    ethnicGroupCode: '01',
    category: 'RESIDENT',
    communeId: f.naHangCommunes[0].id,
    villageId: naHangVillage.id,
    ...overrides,
  });

  async function create(input: Record<string, unknown>, headers: Headers): Promise<Participant> {
    const result = await f.server.graphql<{ createParticipant: { id: number } }>(CREATE, { input }, headers);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return f.db.getRepository(Participant).findOneByOrFail({ id: result.data.createParticipant.id });
  }
  const update = (row: Participant, version: number, input: Record<string, unknown>, headers: Headers) =>
    f.server.graphql(UPDATE, { id: row.id, version, input }, headers);
  const reload = (row: Participant) => f.db.getRepository(Participant).findOneByOrFail({ id: row.id });
  const auditCount = () => f.db.getRepository(AuditEntry).countBy({ entity: 'Participant' });

  beforeAll(async () => {
    f = await tenantFixture();
    const villages = f.db.getRepository(Village);
    lamBinhVillage = await villages.save(villages.create({ name: 'Bản Khiếu', communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id }));
    naHangVillage = await villages.save(villages.create({ name: 'Bản Nà Lầu', communeId: f.naHangCommunes[0].id, districtId: f.naHang.id }));
    lam = await create(lamInput(), f.as.manager);
    hang = await create(hangInput(), f.as.otherManager);
    // A province-level course both districts' people attend: each district sees its own attendance only.
    const activities = f.db.getRepository(Activity);
    const course = await activities.save(
      activities.create({
        kind: ActivityKind.TRAINING,
        scope: ActivityScope.IN_PROVINCE,
        title: 'Tập huấn cấp tỉnh',
        startDate: '2025-04-01',
        endDate: '2025-04-02',
        fiscalYear: 2025,
        districtId: null,
        provinceId: f.lamBinh.provinceId,
      }),
    );
    await f.db.getRepository(Attendance).save([
      { activityId: course.id, participantId: lam.id, districtId: f.lamBinh.id },
      { activityId: course.id, participantId: hang.id, districtId: f.naHang.id },
    ]);
  });
  afterAll(() => f.close());

  it('participant(id) of another district answers null, exactly like an unknown id', async () => {
    expect(await f.server.graphql(ONE, { id: lam.id }, f.as.otherManager)).toEqual({ data: { participant: null } });
    expect(await f.server.graphql(ONE, { id: 999999 }, f.as.otherManager)).toEqual({ data: { participant: null } });
    const own = await f.server.graphql<{ participant: Node }>(ONE, { id: lam.id }, f.as.manager);
    expect(own.data?.participant).toMatchObject({ id: lam.id, district: { code: '071' }, village: { id: lamBinhVillage.id } });
  });

  it('the participants list, with every nested field, holds only the caller’s district', async () => {
    const { data } = await f.server.graphql<ListResult>(LIST, {}, f.as.otherManager);
    expect(data?.participants.totalCount).toBe(1);
    const node = data!.participants.edges[0].node;
    expect(node).toMatchObject({
      id: hang.id,
      districtId: f.naHang.id,
      district: { code: '072' },
      commune: { id: f.naHangCommunes[0].id },
      village: { id: naHangVillage.id },
    });
    expect(node.attendances).toEqual([expect.objectContaining({ participantId: hang.id, districtId: f.naHang.id })]);

    const mine = await f.server.graphql<ListResult>(LIST, {}, f.as.manager);
    expect(mine.data?.participants.edges.map((e) => e.node.id)).toEqual([lam.id]);
    expect(mine.data?.participants.edges[0].node.attendances).toEqual([expect.objectContaining({ participantId: lam.id, districtId: f.lamBinh.id })]);
  });

  it('every filter and search that finds Lâm Bình’s row for its manager finds nothing for Na Hang’s', async () => {
    const filters: Record<string, unknown>[] = [
      { districtId: f.lamBinh.id },
      { communeId: f.lamBinhCommunes[0].id },
      { villageId: lamBinhVillage.id },
      { category: 'PRESTIGIOUS_PERSON' },
      { gender: 'FEMALE' },
      { ethnicMinority: true },
      { ethnicGroupCode: '02' },
      { search: 'hoang thi lam' },
      { search: 'Hoàng' },
      { search: 'lam hoa' },
      { search: '008180000999' },
      { search: '0915 000 111' },
    ];
    for (const filter of filters) {
      const theirs = await f.server.graphql<ListResult>(LIST, { filter }, f.as.otherManager);
      const ours = await f.server.graphql<ListResult>(LIST, { filter }, f.as.manager);
      expect({ filter, other: theirs.data?.participants, own: ours.data?.participants.edges.map((e) => e.node.id) }).toEqual({
        filter,
        other: { totalCount: 0, edges: [] },
        own: [lam.id],
      });
    }
  });

  it('updating or deleting another district’s participant answers NOT_FOUND and leaves the row as it was', async () => {
    const before = await reload(lam);
    const audits = await auditCount();
    const takeover = await update(lam, lam.version, hangInput({ fullName: 'Bị Chiếm' }), f.as.otherManager);
    const missing = await f.server.graphql(UPDATE, { id: 999999, version: 1, input: hangInput() }, f.as.otherManager);
    expect(codes(takeover)).toEqual(['NOT_FOUND']);
    expect(takeover.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(codes(await f.server.graphql(DELETE, { id: lam.id, version: lam.version }, f.as.otherManager))).toEqual(['NOT_FOUND']);
    expect(await reload(lam)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('linking to another district’s commune or village answers NOT_FOUND naming it, and nothing is written', async () => {
    const audits = await auditCount();
    const count = await f.db.getRepository(Participant).count();

    const intoCommune = await f.server.graphql(CREATE, { input: hangInput({ communeId: f.lamBinhCommunes[0].id, villageId: null }) }, f.as.otherManager);
    expect(codes(intoCommune)).toEqual(['NOT_FOUND']);
    expect(intoCommune.errors?.[0].extensions).toMatchObject({ entity: 'Commune', id: f.lamBinhCommunes[0].id });

    const intoVillage = await f.server.graphql(CREATE, { input: hangInput({ villageId: lamBinhVillage.id }) }, f.as.otherManager);
    expect(codes(intoVillage)).toEqual(['NOT_FOUND']);
    expect(intoVillage.errors?.[0].extensions).toMatchObject({ entity: 'Village', id: lamBinhVillage.id });

    const before = await reload(hang);
    const moveCommune = await update(hang, before.version, hangInput({ communeId: f.lamBinhCommunes[1].id, villageId: null }), f.as.otherManager);
    expect(codes(moveCommune)).toEqual(['NOT_FOUND']);
    const moveVillage = await update(hang, before.version, hangInput({ villageId: lamBinhVillage.id }), f.as.otherManager);
    expect(codes(moveVillage)).toEqual(['NOT_FOUND']);

    expect(await reload(hang)).toEqual(before);
    expect(await f.db.getRepository(Participant).count()).toBe(count);
    expect(await auditCount()).toBe(audits);
  });

  it('even the province cannot move a participant into another district', async () => {
    const before = await reload(hang);
    const result = await update(hang, before.version, hangInput({ communeId: f.lamBinhCommunes[0].id, villageId: null }), f.as.province);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.field).toBe('communeId');
    expect(await reload(hang)).toEqual(before);
  });

  it('the province reads both districts', async () => {
    const { data } = await f.server.graphql<ListResult>(LIST, {}, f.as.province);
    expect(data?.participants.edges.map((e) => e.node.district.code).sort()).toEqual(['071', '072']);
  });

  it('viewers never write, not even in their own district; anonymous callers must sign in', async () => {
    const before = await reload(lam);
    const count = await f.db.getRepository(Participant).count();
    for (const viewer of [f.as.viewer, f.as.provinceViewer]) {
      expect(codes(await f.server.graphql(CREATE, { input: { ...lamInput(), idNumber: null } }, viewer))).toEqual(['FORBIDDEN']);
      expect(codes(await update(lam, lam.version, { ...lamInput(), fullName: 'Sửa Trộm' }, viewer))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(DELETE, { id: lam.id, version: lam.version }, viewer))).toEqual(['FORBIDDEN']);
    }
    expect(await reload(lam)).toEqual(before);
    expect(await f.db.getRepository(Participant).count()).toBe(count);
    expect(codes(await f.server.graphql(LIST, {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await f.server.graphql(ONE, { id: lam.id }, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
  });

  it('the district viewer reads its own district only', async () => {
    const { data } = await f.server.graphql<ListResult>(LIST, {}, f.as.viewer);
    expect(data?.participants.edges.map((e) => e.node.id)).toEqual([lam.id]);
  });

  it('a nested commune of another district stays out of reach on both paths: the list’s join and the loader', async () => {
    // Only a row that breaks the composite keys can point into another district: made here with the
    // database's key checks off, so that the scope's own restriction of the join is what is tested.
    const lamBinhCommune = f.lamBinhCommunes[1];
    const setCommune = async (communeId: number, villageId: number | null) => {
      const runner = f.db.createQueryRunner();
      const mysql = isMysql(f.db);
      try {
        await runner.query(mysql ? 'SET FOREIGN_KEY_CHECKS = 0' : 'PRAGMA foreign_keys = OFF');
        await runner.query('UPDATE participant SET communeId = ?, villageId = ? WHERE id = ?', [communeId, villageId, hang.id]);
      } finally {
        await runner.query(mysql ? 'SET FOREIGN_KEY_CHECKS = 1' : 'PRAGMA foreign_keys = ON');
        await runner.release();
      }
    };
    await setCommune(lamBinhCommune.id, null);
    try {
      const list = await f.server.graphql<ListResult>(LIST, {}, f.as.otherManager);
      const one = await f.server.graphql<{ participant: Node }>(ONE, { id: hang.id }, f.as.otherManager);
      for (const answer of [list, one]) {
        expect(JSON.stringify(answer.data)).not.toContain(lamBinhCommune.name);
        // Commune is non-null: a commune the caller cannot reach is an error on that field, never the row.
        expect(answer.errors?.map((e) => e.path?.at(-1))).toEqual(['commune']);
      }
    } finally {
      await setCommune(f.naHangCommunes[0].id, naHangVillage.id);
    }
    expect(await reload(hang)).toMatchObject({ communeId: f.naHangCommunes[0].id, villageId: naHangVillage.id });
  });
});
