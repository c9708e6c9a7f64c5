import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundGenerously, tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { Activity } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { Provider, ProviderKind } from '../../server/src/domain/activities/provider.entity';
import { Province } from '../../server/src/domain/geography/province.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';

const CREATE = 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version districtId } }';
const UPDATE = 'mutation($id: Int!, $v: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $v, input: $input) { id version } }';
const DELETE = 'mutation($id: Int!, $v: Int!) { deleteActivity(id: $id, version: $v) }';
const SET = 'mutation($id: Int!, $v: Int!, $e: [AttendanceEntryInput!]!) { setAttendance(activityId: $id, activityVersion: $v, entries: $e) { id version } }';
const ONE =
  'query($id: Int!) { activity(id: $id) { id title district { code } attendances { participantId districtId participant { fullName districtId } activity { id } } } }';
const LIST = 'query($f: ActivityFilter) { activities(filter: $f, first: 50) { totalCount edges { node { id title } } } }';

type Ids = { id: number; version: number };
type Listed = { activities: { totalCount: number; edges: { node: { id: number; title: string } }[] } };
type One = {
  activity: {
    id: number;
    district: { code: string } | null;
    attendances: { participantId: number; districtId: number; participant: { fullName: string; districtId: number }; activity: { id: number } }[];
  } | null;
};

const fields = (title: string, extra: Record<string, unknown> = {}) => ({
  kind: 'TRAINING',
  scope: 'IN_PROVINCE',
  title,
  startDate: '2026-03-02',
  endDate: '2026-03-04',
  fiscalYear: 2026,
  plannedCost: 50_000_000,
  ...extra,
});

describe('activities, attendance and providers stay within the caller’s district', () => {
  let f: TenantFixture;
  let lamBinhActivity: Ids;
  let naHangActivity: Ids;
  let provinceActivity: Ids;
  let provider: Ids;
  let foreignProviderId: number;
  let lb1: Participant;
  let lb2: Participant;
  let nh1: Participant;

  async function ok<T>(query: string, variables: Record<string, unknown>, headers: Headers): Promise<T> {
    const result = await f.server.graphql<T>(query, variables, headers);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }
  const current = (id: number) => f.db.getRepository(Activity).findOneByOrFail({ id });
  const attendanceOf = (activityId: number) => f.db.getRepository(Attendance).find({ where: { activityId }, order: { participantId: 'ASC' } });
  const person = (fullName: string, communeId: number, districtId: number) =>
    f.db
      .getRepository(Participant)
      .save(
        f.db
          .getRepository(Participant)
          .create({ fullName, gender: Gender.FEMALE, birthYear: 1985, ethnicGroupCode: '02', category: ParticipantCategory.RESIDENT, communeId, districtId }),
      );

  beforeAll(async () => {
    f = await tenantFixture();
    await fundGenerously(f, [2024, 2025, 2026, 2027]);
    lb1 = await person('Hoàng Thị Lan', f.lamBinhCommunes[0].id, f.lamBinh.id);
    lb2 = await person('Ma Văn Sáu', f.lamBinhCommunes[1].id, f.lamBinh.id);
    nh1 = await person('Chẩu Thị Hoa', f.naHangCommunes[0].id, f.naHang.id);
    provider = (
      await ok<{ createProvider: Ids }>(
        'mutation { createProvider(input: { name: "Trung tâm GDNN Lâm Bình", kind: TRAINING_CENTRE }) { id version } }',
        {},
        f.as.province,
      )
    ).createProvider;

    const other = await f.db.getRepository(Province).save(f.db.getRepository(Province).create({ code: '99', name: 'Tỉnh khác' }));
    foreignProviderId = (
      await f.db
        .getRepository(Provider)
        .save(f.db.getRepository(Provider).create({ name: 'Sở ngoài tỉnh', kind: ProviderKind.DEPARTMENT, provinceId: other.id }))
    ).id;

    lamBinhActivity = (
      await ok<{ createActivity: Ids }>(
        CREATE,
        { input: fields('Tập huấn giám sát cộng đồng', { districtId: f.lamBinh.id, providerId: provider.id }) },
        f.as.manager,
      )
    ).createActivity;
    naHangActivity = (await ok<{ createActivity: Ids }>(CREATE, { input: fields('Tập huấn Na Hang', { districtId: f.naHang.id }) }, f.as.otherManager))
      .createActivity;
    provinceActivity = (
      await ok<{ createActivity: Ids }>(CREATE, { input: fields('Tham quan mô hình Hà Giang', { kind: 'EXCHANGE', scope: 'OUT_OF_PROVINCE' }) }, f.as.province)
    ).createActivity;

    lamBinhActivity = (
      await ok<{ setAttendance: Ids }>(
        SET,
        { id: lamBinhActivity.id, v: lamBinhActivity.version, e: [{ participantId: lb1.id }, { participantId: lb2.id }] },
        f.as.manager,
      )
    ).setAttendance;
    provinceActivity = (
      await ok<{ setAttendance: Ids }>(
        SET,
        { id: provinceActivity.id, v: provinceActivity.version, e: [{ participantId: lb1.id }, { participantId: nh1.id }] },
        f.as.province,
      )
    ).setAttendance;
  });
  afterAll(() => f.close());

  describe('reads', () => {
    it('another district’s manager gets null for a Lâm Bình activity, as for a missing id', async () => {
      expect((await ok<One>(ONE, { id: lamBinhActivity.id }, f.as.otherManager)).activity).toBeNull();
      expect((await ok<One>(ONE, { id: 999_999 }, f.as.otherManager)).activity).toBeNull();
      expect((await ok<One>(ONE, { id: lamBinhActivity.id }, f.as.manager)).activity?.district?.code).toBe('071');
    });

    it('the list of another district holds its own and the province-level activities, never Lâm Bình’s', async () => {
      const { activities } = await ok<Listed>(LIST, {}, f.as.otherManager);
      expect(activities.edges.map((e) => e.node.id).sort()).toEqual([naHangActivity.id, provinceActivity.id].sort());
      expect(activities.totalCount).toBe(2);
    });

    it('filtering by Lâm Bình’s id or searching its title finds nothing for Na Hang', async () => {
      expect((await ok<Listed>(LIST, { f: { districtId: f.lamBinh.id } }, f.as.otherManager)).activities.totalCount).toBe(0);
      expect((await ok<Listed>(LIST, { f: { search: 'giam sat cong dong' } }, f.as.otherManager)).activities.totalCount).toBe(0);
      expect((await ok<Listed>(LIST, { f: { search: 'giam sat cong dong' } }, f.as.manager)).activities.totalCount).toBe(1);
      expect((await ok<Listed>(LIST, { f: { provinceLevel: false } }, f.as.otherManager)).activities.edges.map((e) => e.node.id)).toEqual([naHangActivity.id]);
      expect((await ok<Listed>(LIST, { f: { provinceLevel: true } }, f.as.otherManager)).activities.edges.map((e) => e.node.id)).toEqual([provinceActivity.id]);
    });

    it('a district sees a province-level activity but only its own people’s attendance on it', async () => {
      const asLamBinh = (await ok<One>(ONE, { id: provinceActivity.id }, f.as.manager)).activity;
      expect(asLamBinh?.district).toBeNull();
      expect(asLamBinh?.attendances).toEqual([
        {
          participantId: lb1.id,
          districtId: f.lamBinh.id,
          participant: { fullName: 'Hoàng Thị Lan', districtId: f.lamBinh.id },
          activity: { id: provinceActivity.id },
        },
      ]);
      const asNaHang = (await ok<One>(ONE, { id: provinceActivity.id }, f.as.otherManager)).activity;
      expect(asNaHang?.attendances.map((a) => a.participantId)).toEqual([nh1.id]);
      const asProvince = (await ok<One>(ONE, { id: provinceActivity.id }, f.as.province)).activity;
      expect(asProvince?.attendances.map((a) => a.participantId).sort()).toEqual([lb1.id, nh1.id].sort());
    });

    it('a district viewer reads who attended its district’s activities, never another district’s (the web’s read-only attendance list)', async () => {
      const own = (await ok<One>(ONE, { id: lamBinhActivity.id }, f.as.viewer)).activity;
      expect(own?.attendances.map((a) => a.participant.fullName).sort()).toEqual(['Hoàng Thị Lan', 'Ma Văn Sáu']);
      expect((await ok<One>(ONE, { id: naHangActivity.id }, f.as.viewer)).activity).toBeNull();
      expect((await ok<One>(ONE, { id: provinceActivity.id }, f.as.viewer)).activity?.attendances.map((a) => a.participantId)).toEqual([lb1.id]);
      const LISTED = '{ activities(first: 50) { edges { node { id attendances { participantId districtId } } } } }';
      type WithPeople = { activities: { edges: { node: { id: number; attendances: { participantId: number; districtId: number }[] } }[] } };
      const rows = (await ok<WithPeople>(LISTED, {}, f.as.viewer)).activities.edges.map((e) => e.node);
      expect(rows.map((r) => r.id).sort()).toEqual([lamBinhActivity.id, provinceActivity.id].sort());
      expect(rows.flatMap((r) => r.attendances.map((a) => a.districtId))).toEqual([f.lamBinh.id, f.lamBinh.id, f.lamBinh.id]);
    });

    it('the province sees every district’s activities', async () => {
      expect((await ok<Listed>(LIST, {}, f.as.province)).activities.totalCount).toBe(3);
      expect((await ok<Listed>(LIST, {}, f.as.provinceViewer)).activities.totalCount).toBe(3);
    });

    it('providers are the province’s: another province’s provider answers null and is not listed', async () => {
      const P = 'query($id: Int!) { provider(id: $id) { id name } }';
      expect((await ok<{ provider: unknown }>(P, { id: foreignProviderId }, f.as.province)).provider).toBeNull();
      expect((await ok<{ provider: { name: string } }>(P, { id: provider.id }, f.as.otherManager)).provider.name).toBe('Trung tâm GDNN Lâm Bình');
      const { providers } = await ok<{ providers: { id: number }[] }>('{ providers { id } }', {}, f.as.manager);
      expect(providers.map((p) => p.id)).toEqual([provider.id]);
    });

    it('an anonymous caller is asked to sign in', async () => {
      expect(codes(await f.server.graphql(LIST, {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await f.server.graphql('{ providers { id } }', {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('writes', () => {
    it('Na Hang cannot update or delete a Lâm Bình activity: NOT_FOUND, and the row is unchanged', async () => {
      const before = await current(lamBinhActivity.id);
      const update = await f.server.graphql(UPDATE, { id: lamBinhActivity.id, v: lamBinhActivity.version, input: fields('Đổi tên') }, f.as.otherManager);
      expect(codes(update)).toEqual(['NOT_FOUND']);
      expect(codes(await f.server.graphql(DELETE, { id: lamBinhActivity.id, v: lamBinhActivity.version }, f.as.otherManager))).toEqual(['NOT_FOUND']);
      expect(await current(lamBinhActivity.id)).toEqual(before);
      expect(await attendanceOf(lamBinhActivity.id)).toHaveLength(2);
    });

    it('Na Hang cannot create an activity in Lâm Bình (NOT_FOUND) and nothing is stored', async () => {
      const count = await f.db.getRepository(Activity).count();
      expect(codes(await f.server.graphql(CREATE, { input: fields('Lén tạo', { districtId: f.lamBinh.id }) }, f.as.otherManager))).toEqual(['NOT_FOUND']);
      expect(await f.db.getRepository(Activity).count()).toBe(count);
    });

    it('Na Hang cannot set attendance on a Lâm Bình activity', async () => {
      const before = await attendanceOf(lamBinhActivity.id);
      expect(codes(await f.server.graphql(SET, { id: lamBinhActivity.id, v: lamBinhActivity.version, e: [] }, f.as.otherManager))).toEqual(['NOT_FOUND']);
      expect(await attendanceOf(lamBinhActivity.id)).toEqual(before);
    });

    it('attendance cannot link another district’s participant to a district activity, whoever asks', async () => {
      const naHangBefore = await current(naHangActivity.id);
      const linkLamBinhPerson = await f.server.graphql(
        SET,
        { id: naHangActivity.id, v: naHangBefore.version, e: [{ participantId: lb1.id }] },
        f.as.otherManager,
      );
      expect(codes(linkLamBinhPerson)).toEqual(['NOT_FOUND']);
      expect(linkLamBinhPerson.errors?.[0].extensions).toMatchObject({ entity: 'Participant', id: lb1.id });
      const byProvince = await f.server.graphql(SET, { id: naHangActivity.id, v: naHangBefore.version, e: [{ participantId: lb1.id }] }, f.as.province);
      expect(codes(byProvince)).toEqual(['NOT_FOUND']);
      const intoLamBinh = await f.server.graphql(
        SET,
        { id: lamBinhActivity.id, v: lamBinhActivity.version, e: [{ participantId: lb1.id }, { participantId: nh1.id }] },
        f.as.manager,
      );
      expect(codes(intoLamBinh)).toEqual(['NOT_FOUND']);
      expect(await attendanceOf(naHangActivity.id)).toEqual([]);
      expect((await attendanceOf(lamBinhActivity.id)).map((a) => a.participantId)).toEqual([lb1.id, lb2.id]);
      expect((await current(naHangActivity.id)).version).toBe(naHangBefore.version);
    });

    it('on a province-level activity a district manager replaces only its own people; other districts’ rows stay', async () => {
      const v = (await current(provinceActivity.id)).version;
      const refused = await f.server.graphql(SET, { id: provinceActivity.id, v, e: [{ participantId: lb1.id }] }, f.as.otherManager);
      expect(codes(refused)).toEqual(['NOT_FOUND']);
      const { setAttendance } = await ok<{ setAttendance: Ids }>(
        SET,
        { id: provinceActivity.id, v, e: [{ participantId: nh1.id, attended: true, completed: true }] },
        f.as.otherManager,
      );
      expect(setAttendance.version).toBe(v + 1);
      const rows = await attendanceOf(provinceActivity.id);
      expect(rows.map((r) => [r.participantId, r.districtId, r.completed])).toEqual(
        [
          [lb1.id, f.lamBinh.id, false],
          [nh1.id, f.naHang.id, true],
        ].sort((a, b) => Number(a[0]) - Number(b[0])),
      );
      // An empty list from Na Hang clears Na Hang's row only.
      await ok(SET, { id: provinceActivity.id, v: v + 1, e: [] }, f.as.otherManager);
      expect((await attendanceOf(provinceActivity.id)).map((r) => r.participantId)).toEqual([lb1.id]);
      provinceActivity = { id: provinceActivity.id, version: v + 2 };
    });

    it('a district manager cannot create, change or delete a province-level activity (FORBIDDEN)', async () => {
      const count = await f.db.getRepository(Activity).count();
      expect(codes(await f.server.graphql(CREATE, { input: fields('Cấp tỉnh?') }, f.as.manager))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(CREATE, { input: fields('Cấp tỉnh?', { districtId: null }) }, f.as.manager))).toEqual(['FORBIDDEN']);
      expect(await f.db.getRepository(Activity).count()).toBe(count);
      const before = await current(provinceActivity.id);
      expect(codes(await f.server.graphql(UPDATE, { id: provinceActivity.id, v: before.version, input: fields('Đổi') }, f.as.manager))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(DELETE, { id: provinceActivity.id, v: before.version }, f.as.manager))).toEqual(['FORBIDDEN']);
      expect(await current(provinceActivity.id)).toEqual(before);
    });

    it('a district manager cannot create, change or delete providers (FORBIDDEN)', async () => {
      const before = await f.db.getRepository(Provider).findOneByOrFail({ id: provider.id });
      const create = 'mutation { createProvider(input: { name: "Sở Nông nghiệp", kind: DEPARTMENT }) { id } }';
      expect(codes(await f.server.graphql(create, {}, f.as.manager))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(create, {}, f.as.provinceViewer))).toEqual(['FORBIDDEN']);
      const update = 'mutation($id: Int!, $v: Int!) { updateProvider(id: $id, version: $v, input: { name: "Đổi tên", kind: OTHER }) { id } }';
      expect(codes(await f.server.graphql(update, { id: provider.id, v: provider.version }, f.as.manager))).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await f.server.graphql(
            'mutation($id: Int!, $v: Int!) { deleteProvider(id: $id, version: $v) }',
            { id: provider.id, v: provider.version },
            f.as.otherManager,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(await f.db.getRepository(Provider).findOneByOrFail({ id: provider.id })).toEqual(before);
      expect(await f.db.getRepository(Provider).count()).toBe(2);
    });

    it('another province’s provider cannot be named on an activity (NOT_FOUND)', async () => {
      const result = await f.server.graphql(
        CREATE,
        { input: fields('Nhà cung cấp lạ', { districtId: f.lamBinh.id, providerId: foreignProviderId }) },
        f.as.manager,
      );
      expect(codes(result)).toEqual(['NOT_FOUND']);
      expect(result.errors?.[0].extensions).toMatchObject({ entity: 'Provider', id: foreignProviderId });
      const foreign = 'mutation($id: Int!) { updateProvider(id: $id, version: 1, input: { name: "Của tôi", kind: OTHER }) { id } }';
      expect(codes(await f.server.graphql(foreign, { id: foreignProviderId }, f.as.province))).toEqual(['NOT_FOUND']);
    });

    it('the district viewer writes nothing (FORBIDDEN)', async () => {
      const before = await current(lamBinhActivity.id);
      expect(codes(await f.server.graphql(CREATE, { input: fields('Xem thôi', { districtId: f.lamBinh.id }) }, f.as.viewer))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(UPDATE, { id: lamBinhActivity.id, v: before.version, input: fields('Xem thôi') }, f.as.viewer))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await f.server.graphql(DELETE, { id: lamBinhActivity.id, v: before.version }, f.as.viewer))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(SET, { id: lamBinhActivity.id, v: before.version, e: [] }, f.as.viewer))).toEqual(['FORBIDDEN']);
      expect(await current(lamBinhActivity.id)).toEqual(before);
      expect(await attendanceOf(lamBinhActivity.id)).toHaveLength(2);
    });
  });
});
