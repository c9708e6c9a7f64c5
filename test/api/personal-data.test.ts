import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { issueApiKey, type IssuedKey } from '../helpers/api-keys';
import { download, readWorkbook } from '../transfer/transfer-client';
import { Village } from '../../server/src/domain/geography/village.entity';
import { Province } from '../../server/src/domain/geography/province.entity';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { Activity, ActivityKind, ActivityScope } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { MonitoringBoard } from '../../server/src/domain/boards/monitoring-board.entity';
import { BoardMember, BoardRole } from '../../server/src/domain/boards/board-member.entity';
import { ApiKey } from '../../server/src/domain/accounts/api-key.entity';
import { Role, User } from '../../server/src/domain/accounts/user.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

const ID_NUMBER = '008180000999';
const PHONE = '0915000111';
const MASKED = { idNumber: '0xx…999', phone: '0xx…111' };
const WHOLE = { idNumber: ID_NUMBER, phone: PHONE };

const PERSON = 'idNumber phone';
/** Every way the API hands out a participant: a joined list page, one by id, through attendance and through a board. */
const EVERY_PATH = `query($id: Int!, $activityId: Int!, $boardId: Int!) {
  participants(first: 10) { edges { node { ${PERSON} commune { name } village { name } } } }
  participant(id: $id) { ${PERSON} }
  activity(id: $activityId) { attendances { participant { ${PERSON} } } }
  monitoringBoard(id: $boardId) { members { participant { ${PERSON} } } }
}`;
type Person = { idNumber: string | null; phone: string | null };
interface EveryPath {
  participants: { edges: { node: Person }[] };
  participant: Person;
  activity: { attendances: { participant: Person }[] };
  monitoringBoard: { members: { participant: Person }[] };
}
const LIST = 'query($filter: ParticipantFilter) { participants(filter: $filter) { totalCount edges { node { fullName idNumber phone } } } }';
const GRANT_KEY = 'mutation($id: Int!, $granted: Boolean!) { setApiKeyPersonalData(id: $id, granted: $granted) { id personalData } }';
const GRANT_USER = 'mutation($id: Int!, $granted: Boolean!) { setUserPersonalData(id: $id, granted: $granted) { id personalData } }';

/**
 * docs/SECURITY.md, "Personal data": ID numbers and phones are shown masked to API keys and viewers unless the province admin
 * granted that key or viewer `personalData`; the grant is audited.
 */
describe('personal data is masked for keys and viewers unless the province admin grants it', () => {
  let f: TenantFixture;
  let lam: Participant;
  let activity: Activity;
  let board: MonitoringBoard;
  let districtKey: IssuedKey;
  let provinceKey: IssuedKey;

  beforeAll(async () => {
    f = await tenantFixture();
    const villages = f.db.getRepository(Village);
    const village = await villages.save(villages.create({ name: 'Bản Khiếu', communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id }));
    const created = await f.server.graphql<{ createParticipant: { id: number } }>(
      'mutation($input: ParticipantInput!) { createParticipant(input: $input) { id } }',
      {
        input: {
          fullName: 'Hoàng Thị Lâm',
          gender: 'FEMALE',
          birthYear: 1980,
          ethnicGroupCode: '02',
          category: 'MONITORING_BOARD_MEMBER',
          communeId: f.lamBinhCommunes[0].id,
          villageId: village.id,
          phone: PHONE,
          idNumber: ID_NUMBER,
        },
      },
      f.as.manager,
    );
    lam = await f.db.getRepository(Participant).findOneByOrFail({ id: created.data!.createParticipant.id });
    activity = await f.db.getRepository(Activity).save(
      f.db.getRepository(Activity).create({
        kind: ActivityKind.TRAINING,
        scope: ActivityScope.IN_PROVINCE,
        title: 'Tập huấn giám sát',
        startDate: '2025-04-01',
        endDate: '2025-04-02',
        fiscalYear: 2025,
        districtId: f.lamBinh.id,
        provinceId: f.lamBinh.provinceId,
      }),
    );
    await f.db.getRepository(Attendance).save({ activityId: activity.id, participantId: lam.id, districtId: f.lamBinh.id });
    board = await f.db.getRepository(MonitoringBoard).save({ communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id, establishedOn: '2023-01-05' });
    await f.db.getRepository(BoardMember).save({ boardId: board.id, participantId: lam.id, districtId: f.lamBinh.id, role: BoardRole.HEAD });
    districtKey = await issueApiKey(f.server, f.as.manager, 'Chi cục Thống kê Lâm Bình', f.lamBinh.id);
    provinceKey = await issueApiKey(f.server, f.as.province, 'Cục Thống kê tỉnh');
  });
  afterAll(() => f.close());

  async function everyPath(as: Headers): Promise<Person[]> {
    const { data, errors } = await f.server.graphql<EveryPath>(EVERY_PATH, { id: lam.id, activityId: activity.id, boardId: board.id }, as);
    expect(errors).toBeUndefined();
    return [
      ...data!.participants.edges.map((e) => e.node),
      data!.participant,
      ...data!.activity.attendances.map((a) => a.participant),
      ...data!.monitoringBoard.members.map((m) => m.participant),
    ].map(({ idNumber, phone }) => ({ idNumber, phone }));
  }

  /** The participants export (CSV and XLSX) and the activities export's attendance, as the caller gets them. */
  async function exported(as: Headers): Promise<string[]> {
    const csv = (await download(f, '/api/export/participants.csv', as)).body.toString('utf8');
    const xlsx = await readWorkbook((await download(f, '/api/export/participants.xlsx', as)).body);
    const activitiesCsv = (await download(f, '/api/export/activities.csv', as)).body.toString('utf8');
    const activitiesXlsx = await readWorkbook((await download(f, '/api/export/activities.xlsx', as)).body);
    return [csv, JSON.stringify(xlsx), activitiesCsv, JSON.stringify(activitiesXlsx)];
  }

  it('API keys and viewers read ID numbers and phones masked on every path, also the joined list page', async () => {
    for (const as of [districtKey.headers, provinceKey.headers, f.as.viewer, f.as.provinceViewer]) {
      const people = await everyPath(as);
      expect(people).toHaveLength(4);
      expect(people).toEqual(people.map(() => MASKED));
    }
  });

  it('the district manager and the province admin, who keep these records, read them whole', async () => {
    for (const as of [f.as.manager, f.as.province]) expect(await everyPath(as)).toEqual([WHOLE, WHOLE, WHOLE, WHOLE]);
  });

  it('exports (participants and attendance, CSV and XLSX) follow the same rule', async () => {
    for (const as of [districtKey.headers, f.as.viewer]) {
      for (const file of await exported(as)) {
        expect(file).toContain(MASKED.idNumber);
        expect(file).not.toContain(ID_NUMBER);
        expect(file).not.toContain(PHONE);
      }
    }
    const [csv, xlsx, activitiesCsv, activitiesXlsx] = await exported(f.as.manager);
    for (const file of [csv, xlsx, activitiesCsv, activitiesXlsx]) expect(file).toContain(ID_NUMBER);
    for (const file of [csv, xlsx]) expect(file).toContain(PHONE);
  });

  it('a masked caller cannot search by ID number or phone (FORBIDDEN), which would reveal the digits behind the mask', async () => {
    for (const as of [districtKey.headers, f.as.viewer]) {
      for (const search of ['0081800', '0915 000', '008180000999']) {
        expect(codes(await f.server.graphql(LIST, { filter: { search } }, as))).toEqual(['FORBIDDEN']);
      }
      const byName = await f.server.graphql<{ participants: { totalCount: number } }>(LIST, { filter: { search: 'hoang thi lam' } }, as);
      expect(byName.data?.participants.totalCount).toBe(1);
      const exportedSearch = await download(f, `/api/export/participants.csv?search=${ID_NUMBER}`, as);
      expect(exportedSearch.status).toBe(403);
    }
    const forManager = await f.server.graphql<{ participants: { totalCount: number } }>(LIST, { filter: { search: ID_NUMBER } }, f.as.manager);
    expect(forManager.data?.participants.totalCount).toBe(1);
  });

  it('the province admin grants a key personalData: it reads them whole in the API and exports; withdrawn, masked again; one audit entry each', async () => {
    const audits = () => f.db.getRepository(AuditEntry).find({ where: { entity: 'ApiKey', entityId: districtKey.id, action: 'UPDATE' }, order: { id: 'ASC' } });
    const granted = await f.server.graphql(GRANT_KEY, { id: districtKey.id, granted: true }, f.as.province);
    expect(granted).toEqual({ data: { setApiKeyPersonalData: { id: districtKey.id, personalData: true } } });
    expect(await everyPath(districtKey.headers)).toEqual([WHOLE, WHOLE, WHOLE, WHOLE]);
    expect((await exported(districtKey.headers))[0]).toContain(ID_NUMBER);
    const search = await f.server.graphql<{ participants: { totalCount: number } }>(LIST, { filter: { search: ID_NUMBER } }, districtKey.headers);
    expect(search.data?.participants.totalCount).toBe(1);
    // The other key was not granted anything.
    expect(await everyPath(provinceKey.headers)).toEqual([MASKED, MASKED, MASKED, MASKED]);

    // Granting again changes nothing and writes nothing.
    await f.server.graphql(GRANT_KEY, { id: districtKey.id, granted: true }, f.as.province);
    expect(await f.server.graphql(GRANT_KEY, { id: districtKey.id, granted: false }, f.as.province)).toEqual({
      data: { setApiKeyPersonalData: { id: districtKey.id, personalData: false } },
    });
    expect(await everyPath(districtKey.headers)).toEqual([MASKED, MASKED, MASKED, MASKED]);

    const trail = await audits();
    expect(trail.map((a) => [a.actorLabel, a.before?.personalData, a.after?.personalData])).toEqual([
      ['tinh', false, true],
      ['tinh', true, false],
    ]);
  });

  it('the province admin grants a viewer account personalData, audited; writers cannot be granted what they have', async () => {
    const viewer = await f.db.getRepository(User).findOneByOrFail({ username: 'huyen-071-xem' });
    const granted = await f.server.graphql(GRANT_USER, { id: viewer.id, granted: true }, f.as.province);
    expect(granted).toEqual({ data: { setUserPersonalData: { id: viewer.id, personalData: true } } });
    expect(await everyPath(f.as.viewer)).toEqual([WHOLE, WHOLE, WHOLE, WHOLE]);
    expect(await everyPath(f.as.provinceViewer)).toEqual([MASKED, MASKED, MASKED, MASKED]);
    const entry = await f.db.getRepository(AuditEntry).findOneByOrFail({ entity: 'User', entityId: viewer.id, action: 'UPDATE' });
    expect([entry.actorLabel, entry.before?.personalData, entry.after?.personalData]).toEqual(['tinh', false, true]);

    await f.server.graphql(GRANT_USER, { id: viewer.id, granted: false }, f.as.province);
    expect(await everyPath(f.as.viewer)).toEqual([MASKED, MASKED, MASKED, MASKED]);

    const manager = await f.db.getRepository(User).findOneByOrFail({ username: 'huyen-071' });
    const refused = await f.server.graphql(GRANT_USER, { id: manager.id, granted: true }, f.as.province);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
  });

  describe('the grant is the province admin’s alone, in its own province', () => {
    it('a district manager, a province viewer, a district viewer and a key cannot grant (FORBIDDEN), and nothing changes', async () => {
      const viewer = await f.db.getRepository(User).findOneByOrFail({ username: 'huyen-071-xem' });
      const audits = await f.db.getRepository(AuditEntry).count();
      for (const as of [f.as.manager, f.as.provinceViewer, f.as.viewer, districtKey.headers]) {
        expect(codes(await f.server.graphql(GRANT_KEY, { id: districtKey.id, granted: true }, as))).toEqual(['FORBIDDEN']);
        expect(codes(await f.server.graphql(GRANT_USER, { id: viewer.id, granted: true }, as))).toEqual(['FORBIDDEN']);
      }
      expect(await everyPath(districtKey.headers)).toEqual([MASKED, MASKED, MASKED, MASKED]);
      expect(await f.db.getRepository(AuditEntry).count()).toBe(audits);
    });

    it('another province’s key or account answers NOT_FOUND, exactly like a missing one, and stays ungranted', async () => {
      const other = await f.db.getRepository(Province).save({ code: '99', name: 'Tỉnh Khác' });
      const admin = await f.db.getRepository(User).findOneByOrFail({ username: 'tinh' });
      const theirKey = await f.db.getRepository(ApiKey).save({
        name: 'Khóa tỉnh khác',
        prefix: 'aaaaaaaaaaaa',
        hash: 'x',
        provinceId: other.id,
        districtId: null,
        readOnly: true,
        createdById: admin.id,
      });
      const theirViewer = await f.db.getRepository(User).save({
        username: 'khac-xem',
        passwordHash: 'x',
        role: Role.PROVINCE_VIEWER,
        provinceId: other.id,
        districtId: null,
      });
      const key = await f.server.graphql(GRANT_KEY, { id: theirKey.id, granted: true }, f.as.province);
      const missingKey = await f.server.graphql(GRANT_KEY, { id: 999999, granted: true }, f.as.province);
      expect(codes(key)).toEqual(['NOT_FOUND']);
      expect(key.errors?.[0].message).toBe(missingKey.errors?.[0].message);
      expect(codes(await f.server.graphql(GRANT_USER, { id: theirViewer.id, granted: true }, f.as.province))).toEqual(['NOT_FOUND']);
      expect((await f.db.getRepository(ApiKey).findOneByOrFail({ id: theirKey.id })).personalData).toBe(false);
      expect((await f.db.getRepository(User).findOneByOrFail({ id: theirViewer.id })).personalData).toBe(false);
    });
  });
});
