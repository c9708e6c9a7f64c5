import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundGenerously, tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { Activity, ActivityStatus } from '../../server/src/domain/activities/activity.entity';
import { committedCost } from '../../server/src/modules/activities/activity-cost';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { Provider } from '../../server/src/domain/activities/provider.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';

const CREATE =
  'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version title districtId plannedCost actualCost committedCost status } }';
const UPDATE =
  'mutation($id: Int!, $v: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $v, input: $input) { id version title status committedCost } }';
const DELETE = 'mutation($id: Int!, $v: Int!) { deleteActivity(id: $id, version: $v) }';
const SET =
  'mutation($id: Int!, $v: Int!, $e: [AttendanceEntryInput!]!) { setAttendance(activityId: $id, activityVersion: $v, entries: $e) { id version attendances { participantId attended completed } } }';
const LIST =
  'query($f: ActivityFilter, $first: Int, $after: String) { activities(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }';
const CREATE_PROVIDER = 'mutation($name: String!) { createProvider(input: { name: $name, kind: DEPARTMENT }) { id version name kind } }';
const DELETE_PROVIDER = 'mutation($id: Int!, $v: Int!) { deleteProvider(id: $id, version: $v) }';

type Created = {
  id: number;
  version: number;
  title: string;
  districtId: number | null;
  plannedCost: number;
  actualCost: number | null;
  committedCost: number;
  status: string;
};
type Listed = {
  activities: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: number; title: string } }[] };
};
type Attended = { id: number; version: number; attendances: { participantId: number; attended: boolean; completed: boolean }[] };

const fields = (title: string, extra: Record<string, unknown> = {}) => ({
  kind: 'TRAINING',
  scope: 'IN_PROVINCE',
  title,
  startDate: '2026-05-11',
  endDate: '2026-05-13',
  fiscalYear: 2026,
  plannedCost: 40_000_000,
  ...extra,
});

describe('activities, attendance and providers through the API', () => {
  let f: TenantFixture;
  let people: Participant[];

  async function ok<T>(query: string, variables: Record<string, unknown>, headers: Headers): Promise<T> {
    const result = await f.server.graphql<T>(query, variables, headers);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }
  const createActivity = async (title: string, extra: Record<string, unknown> = {}, headers = f.as.manager) =>
    (await ok<{ createActivity: Created }>(CREATE, { input: fields(title, { districtId: f.lamBinh.id, ...extra }) }, headers)).createActivity;
  const fieldOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => [codes(response)[0], response.errors?.[0].extensions?.field];

  beforeAll(async () => {
    f = await tenantFixture();
    await fundGenerously(f, [2024, 2025, 2026, 2027]);
    const repo = f.db.getRepository(Participant);
    people = [];
    for (const [i, fullName] of ['Nguyễn Thị Một', 'Lý Văn Hai', 'Đặng Thị Ba'].entries()) {
      people.push(
        await repo.save(
          repo.create({
            fullName,
            gender: Gender.FEMALE,
            birthYear: 1980 + i,
            ethnicGroupCode: '03',
            category: ParticipantCategory.VILLAGE_OFFICIAL,
            communeId: f.lamBinhCommunes[0].id,
            districtId: f.lamBinh.id,
          }),
        ),
      );
    }
  });
  afterAll(() => f.close());

  describe('providers', () => {
    it('the province admin creates, renames and deletes a provider, with an audit entry for each', async () => {
      const { createProvider } = await ok<{ createProvider: { id: number; version: number; name: string } }>(
        CREATE_PROVIDER,
        { name: '  Sở Lao động  ' },
        f.as.province,
      );
      expect(createProvider.name).toBe('Sở Lao động');
      const rename =
        'mutation($id: Int!, $v: Int!) { updateProvider(id: $id, version: $v, input: { name: "Sở LĐ-TB&XH", kind: DEPARTMENT }) { version name } }';
      const { updateProvider } = await ok<{ updateProvider: { version: number; name: string } }>(
        rename,
        { id: createProvider.id, v: createProvider.version },
        f.as.province,
      );
      expect(updateProvider.name).toBe('Sở LĐ-TB&XH');
      expect(codes(await f.server.graphql(rename, { id: createProvider.id, v: createProvider.version }, f.as.province))).toEqual(['CONFLICT']);
      expect(codes(await f.server.graphql(DELETE_PROVIDER, { id: createProvider.id, v: createProvider.version }, f.as.province))).toEqual(['CONFLICT']);
      expect(await ok(DELETE_PROVIDER, { id: createProvider.id, v: updateProvider.version }, f.as.province)).toEqual({ deleteProvider: true });
      const trail = await f.db.getRepository(AuditEntry).find({ where: { entity: 'Provider', entityId: createProvider.id }, order: { id: 'ASC' } });
      expect(trail.map((e) => [e.action, e.districtId, e.actorLabel])).toEqual([
        ['CREATE', null, 'tinh'],
        ['UPDATE', null, 'tinh'],
        ['DELETE', null, 'tinh'],
      ]);
    });

    it('a provider named by an activity cannot be deleted (IN_USE)', async () => {
      const { createProvider } = await ok<{ createProvider: { id: number; version: number } }>(
        CREATE_PROVIDER,
        { name: 'Trung tâm Chính trị huyện' },
        f.as.province,
      );
      await createActivity('Bồi dưỡng kỹ năng', { providerId: createProvider.id });
      expect(codes(await f.server.graphql(DELETE_PROVIDER, { id: createProvider.id, v: createProvider.version }, f.as.province))).toEqual(['IN_USE']);
      expect(await f.db.getRepository(Provider).findOneBy({ id: createProvider.id })).not.toBeNull();
    });

    it('a provider name is validated with the failing field', async () => {
      expect(fieldOf(await f.server.graphql(CREATE_PROVIDER, { name: 'x' }, f.as.province))).toEqual(['BAD_USER_INPUT', 'name']);
    });
  });

  describe('activity rules', () => {
    it('creates a district activity in the caller’s province and district', async () => {
      const created = await createActivity('Tập huấn nâng cao năng lực');
      expect(created).toMatchObject({ districtId: f.lamBinh.id, plannedCost: 40_000_000, actualCost: null, status: 'PLANNED', committedCost: 40_000_000 });
      const row = await f.db.getRepository(Activity).findOneByOrFail({ id: created.id });
      expect(row).toMatchObject({ provinceId: f.lamBinh.provinceId, searchTitle: 'tap huan nang cao nang luc', startDate: '2026-05-11' });
    });

    it('the province admin creates a province-level activity (no district)', async () => {
      const created = await createActivity('Tham quan học tập tỉnh bạn', { districtId: null, kind: 'EXCHANGE', scope: 'OUT_OF_PROVINCE' }, f.as.province);
      expect(created.districtId).toBeNull();
    });

    it('refuses invalid input naming the failing field, and stores nothing', async () => {
      const count = await f.db.getRepository(Activity).count();
      const tryCreate = (extra: Record<string, unknown>) =>
        f.server.graphql(CREATE, { input: fields('Hợp lệ', { districtId: f.lamBinh.id, ...extra }) }, f.as.manager);
      expect(fieldOf(await tryCreate({ title: 'ab' }))).toEqual(['BAD_USER_INPUT', 'title']);
      expect(fieldOf(await tryCreate({ title: 'x'.repeat(201) }))).toEqual(['BAD_USER_INPUT', 'title']);
      expect(fieldOf(await tryCreate({ startDate: '2026-02-30' }))).toEqual(['BAD_USER_INPUT', 'startDate']);
      expect(fieldOf(await tryCreate({ endDate: '13/05/2026' }))).toEqual(['BAD_USER_INPUT', 'endDate']);
      expect(fieldOf(await tryCreate({ endDate: '2026-05-10' }))).toEqual(['BAD_USER_INPUT', 'endDate']);
      expect(fieldOf(await tryCreate({ fiscalYear: 2025 }))).toEqual(['BAD_USER_INPUT', 'fiscalYear']);
      expect(fieldOf(await tryCreate({ fiscalYear: 1999, startDate: '1999-01-01', endDate: '1999-01-02' }))).toEqual(['BAD_USER_INPUT', 'fiscalYear']);
      expect(fieldOf(await tryCreate({ status: 'COMPLETED' }))).toEqual(['BAD_USER_INPUT', 'actualCost']);
      expect(codes(await tryCreate({ plannedCost: -1 }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await tryCreate({ plannedCost: 1.5 }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await tryCreate({ kind: 'PARTY' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await tryCreate({ providerId: 987_654 }))).toEqual(['NOT_FOUND']);
      expect(await f.db.getRepository(Activity).count()).toBe(count);
    });

    it('accepts money beyond 32-bit integers and answers it exactly', async () => {
      // Sent as a digit string, answered as an exact JSON number (the district's test envelope is 4×10^14).
      const created = await createActivity('Khoản lớn', { plannedCost: '123456789012345' });
      expect(created.plannedCost).toBe(123_456_789_012_345);
    });

    it('committed cost is planned while planned, actual once completed, nothing once cancelled', async () => {
      expect(committedCost({ status: ActivityStatus.PLANNED, plannedCost: 10, actualCost: 7 })).toBe(10);
      expect(committedCost({ status: ActivityStatus.COMPLETED, plannedCost: 10, actualCost: 7 })).toBe(7);
      expect(committedCost({ status: ActivityStatus.CANCELLED, plannedCost: 10, actualCost: 7 })).toBe(0);

      const created = await createActivity('Tập huấn chi phí', { plannedCost: 30_000_000 });
      expect(created.committedCost).toBe(30_000_000);
      const done = (
        await ok<{ updateActivity: Created }>(
          UPDATE,
          { id: created.id, v: created.version, input: fields('Tập huấn chi phí', { status: 'COMPLETED', plannedCost: 30_000_000, actualCost: 27_500_000 }) },
          f.as.manager,
        )
      ).updateActivity;
      expect(done).toMatchObject({ status: 'COMPLETED', committedCost: 27_500_000, version: created.version + 1 });
      const cancelled = (
        await ok<{ updateActivity: Created }>(
          UPDATE,
          { id: created.id, v: done.version, input: fields('Tập huấn chi phí', { status: 'CANCELLED', plannedCost: 30_000_000 }) },
          f.as.manager,
        )
      ).updateActivity;
      expect(cancelled.committedCost).toBe(0);
    });

    it('an update quoting a stale version is a CONFLICT and changes nothing', async () => {
      const created = await createActivity('Bản gốc');
      await ok(UPDATE, { id: created.id, v: created.version, input: fields('Bản sửa một') }, f.as.manager);
      expect(codes(await f.server.graphql(UPDATE, { id: created.id, v: created.version, input: fields('Bản sửa hai') }, f.as.manager))).toEqual(['CONFLICT']);
      expect(codes(await f.server.graphql(DELETE, { id: created.id, v: created.version }, f.as.manager))).toEqual(['CONFLICT']);
      expect((await f.db.getRepository(Activity).findOneByOrFail({ id: created.id })).title).toBe('Bản sửa một');
    });

    it('an update cannot move an activity to another district (the input has no district)', async () => {
      const created = await createActivity('Ở lại Lâm Bình');
      const moved = await f.server.graphql(
        UPDATE,
        { id: created.id, v: created.version, input: { ...fields('Ở lại Lâm Bình'), districtId: f.naHang.id } },
        f.as.manager,
      );
      expect(codes(moved)).toEqual(['BAD_USER_INPUT']);
      expect((await f.db.getRepository(Activity).findOneByOrFail({ id: created.id })).districtId).toBe(f.lamBinh.id);
    });
  });

  describe('finding activities', () => {
    let exchange: Created;
    let year2025: Created;
    beforeAll(async () => {
      exchange = await createActivity('Trao đổi kinh nghiệm Đắk Lắk', { kind: 'EXCHANGE', scope: 'OUT_OF_PROVINCE' });
      year2025 = await createActivity('Hội nghị 100% thôn bản', {
        startDate: '2025-11-03',
        endDate: '2025-11-03',
        fiscalYear: 2025,
        status: 'COMPLETED',
        actualCost: 1,
      });
    });

    it('search ignores Vietnamese diacritics and case', async () => {
      const { activities } = await ok<Listed>(LIST, { f: { search: 'TRAO DOI kinh nghiem dak lak' } }, f.as.manager);
      expect(activities.edges.map((e) => e.node.id)).toEqual([exchange.id]);
    });

    it('a "%" in the search is a character, not a wildcard', async () => {
      expect((await ok<Listed>(LIST, { f: { search: '100%' } }, f.as.manager)).activities.edges.map((e) => e.node.id)).toEqual([year2025.id]);
      expect((await ok<Listed>(LIST, { f: { search: '%' } }, f.as.manager)).activities.totalCount).toBe(1);
    });

    it('filters by kind, fiscal year, status and district', async () => {
      const ids = async (filter: Record<string, unknown>) => (await ok<Listed>(LIST, { f: filter }, f.as.province)).activities.edges.map((e) => e.node.id);
      expect(await ids({ kind: 'EXCHANGE', provinceLevel: false })).toEqual([exchange.id]);
      expect(await ids({ fiscalYear: 2025 })).toEqual([year2025.id]);
      expect(await ids({ status: 'COMPLETED', fiscalYear: 2025 })).toEqual([year2025.id]);
      expect(await ids({ districtId: f.naHang.id })).toEqual([]);
      expect((await ids({ districtId: f.lamBinh.id })).length).toBeGreaterThan(3);
    });

    it('pages through the list with cursors', async () => {
      const first = (await ok<Listed>(LIST, { f: { districtId: f.lamBinh.id }, first: 2 }, f.as.manager)).activities;
      expect(first.edges).toHaveLength(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await ok<Listed>(LIST, { f: { districtId: f.lamBinh.id }, first: 2, after: first.pageInfo.endCursor }, f.as.manager)).activities;
      expect(second.edges[0].node.id).toBeGreaterThan(first.edges[1].node.id);
      expect(codes(await f.server.graphql(LIST, { first: 201 }, f.as.manager))).toEqual(['BAD_USER_INPUT']);
    });

    it('nested fields are batched: the statement count does not grow with the rows', async () => {
      const NESTED =
        'query($first: Int) { activities(first: $first) { edges { node { id committedCost district { name } provider { name } attendances { participant { fullName } activity { id } } } } } }';
      const statements = async (first: number) => {
        const response = await fetch(`${f.server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...f.as.province },
          body: JSON.stringify({ query: NESTED, variables: { first } }),
        });
        const body = (await response.json()) as { errors?: unknown; data: { activities: { edges: unknown[] } } };
        expect(body.errors).toBeUndefined();
        return { count: Number(response.headers.get('x-sql-statements')), rows: body.data.activities.edges.length };
      };
      // Every district activity gets an attendee, so the first row alone already needs every loader.
      const districtActivities = await f.db.getRepository(Activity).findBy({ districtId: f.lamBinh.id });
      for (const a of districtActivities) {
        await f.db
          .getRepository(Attendance)
          .save(f.db.getRepository(Attendance).create({ activityId: a.id, participantId: people[0].id, districtId: f.lamBinh.id }));
      }
      const few = await statements(1);
      const many = await statements(50);
      expect(many.rows).toBeGreaterThan(5);
      expect(many.count).toBe(few.count);
    });
  });

  describe('attendance', () => {
    let activity: Created;
    beforeAll(async () => {
      activity = await createActivity('Tập huấn điểm danh');
    });

    it('replaces the list in one go: adds, updates and removes rows, bumping the activity version', async () => {
      const first = (
        await ok<{ setAttendance: Attended }>(
          SET,
          { id: activity.id, v: activity.version, e: [{ participantId: people[0].id }, { participantId: people[1].id, completed: true }] },
          f.as.manager,
        )
      ).setAttendance;
      expect(first.version).toBe(activity.version + 1);
      expect(first.attendances).toEqual([
        { participantId: people[0].id, attended: true, completed: false },
        { participantId: people[1].id, attended: true, completed: true },
      ]);
      const second = (
        await ok<{ setAttendance: Attended }>(
          SET,
          { id: activity.id, v: first.version, e: [{ participantId: people[1].id, attended: false, completed: false }, { participantId: people[2].id }] },
          f.as.manager,
        )
      ).setAttendance;
      expect(second.attendances.map((a) => [a.participantId, a.attended])).toEqual([
        [people[1].id, false],
        [people[2].id, true],
      ]);
      const rows = await f.db.getRepository(Attendance).find({ where: { activityId: activity.id } });
      expect(rows.every((r) => r.districtId === f.lamBinh.id)).toBe(true);
      activity = { ...activity, version: second.version };

      const trail = await f.db.getRepository(AuditEntry).find({ where: { entity: 'Attendance' }, order: { id: 'ASC' } });
      const actions = trail.filter((e) => (e.after ?? e.before)?.activityId === activity.id).map((e) => e.action);
      expect(actions).toEqual(['CREATE', 'CREATE', 'DELETE', 'UPDATE', 'CREATE']);
    });

    it('a stale activity version is a CONFLICT and leaves the list as it was', async () => {
      const before = await f.db.getRepository(Attendance).find({ where: { activityId: activity.id }, order: { id: 'ASC' } });
      expect(codes(await f.server.graphql(SET, { id: activity.id, v: activity.version - 1, e: [] }, f.as.manager))).toEqual(['CONFLICT']);
      expect(await f.db.getRepository(Attendance).find({ where: { activityId: activity.id }, order: { id: 'ASC' } })).toEqual(before);
    });

    it('refuses a participant listed twice or completed without attending, and a missing participant', async () => {
      const set = (e: unknown[]) => f.server.graphql(SET, { id: activity.id, v: activity.version, e }, f.as.manager);
      expect(fieldOf(await set([{ participantId: people[0].id }, { participantId: people[0].id }]))).toEqual(['BAD_USER_INPUT', 'participantId']);
      expect(fieldOf(await set([{ participantId: people[0].id, attended: false, completed: true }]))).toEqual(['BAD_USER_INPUT', 'completed']);
      expect(codes(await set([{ participantId: 987_654 }]))).toEqual(['NOT_FOUND']);
      expect((await f.db.getRepository(Activity).findOneByOrFail({ id: activity.id })).version).toBe(activity.version);
    });

    it('deleting an activity deletes its attendance, each row in the audit trail', async () => {
      const [{ lastId }] = (await f.db.query('SELECT MAX(id) AS lastId FROM audit_entry')) as { lastId: number }[];
      await ok(DELETE, { id: activity.id, v: activity.version }, f.as.manager);
      expect(await f.db.getRepository(Activity).findOneBy({ id: activity.id })).toBeNull();
      expect(await f.db.getRepository(Attendance).countBy({ activityId: activity.id })).toBe(0);
      const deletes = (await f.db.getRepository(AuditEntry).find({ where: { action: 'DELETE', districtId: f.lamBinh.id }, order: { id: 'ASC' } })).filter(
        (e) => e.id > Number(lastId),
      );
      expect(deletes.filter((e) => e.entity === 'Attendance' && e.before?.activityId === activity.id)).toHaveLength(2);
      expect(deletes.filter((e) => e.entity === 'Activity' && e.entityId === activity.id)).toHaveLength(1);
    });
  });
});
