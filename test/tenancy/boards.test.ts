import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import type { Commune } from '../../server/src/domain/geography/commune.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';
import { MonitoringBoard } from '../../server/src/domain/boards/monitoring-board.entity';
import { BoardMember } from '../../server/src/domain/boards/board-member.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import { Role } from '../../server/src/domain/accounts/user.entity';
import { Scope } from '../../server/src/tenancy/scope';
import { createLoaders } from '../../server/src/graphql/loaders';

const CREATE = 'mutation($input: CreateMonitoringBoardInput!) { createMonitoringBoard(input: $input) { id version } }';
const UPDATE =
  'mutation($id: Int!, $version: Int!, $input: UpdateMonitoringBoardInput!) { updateMonitoringBoard(id: $id, version: $version, input: $input) { id } }';
const DELETE = 'mutation($id: Int!, $version: Int!) { deleteMonitoringBoard(id: $id, version: $version) }';
const SET_MEMBERS =
  'mutation($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) { setBoardMembers(boardId: $boardId, version: $version, members: $members) { id version } }';

describe('monitoring boards stay inside their district', () => {
  let f: TenantFixture;
  let lbCommune: Commune; // Lâm Bình, has a board
  let lbEmptyCommune: Commune; // Lâm Bình, no board
  let nhCommune: Commune;
  let lbBoard: { id: number; version: number };
  let nhBoard: { id: number; version: number };
  let lbPeople: Participant[];
  let nhPerson: Participant;

  const gql = <T>(query: string, variables: Record<string, unknown>, headers: Headers) => f.server.graphql<T>(query, variables, headers);

  async function addParticipant(commune: Commune, fullName: string): Promise<Participant> {
    const repo = f.db.getRepository(Participant);
    return repo.save(
      repo.create({
        fullName,
        gender: Gender.MALE,
        birthYear: 1970,
        ethnicGroupCode: '02',
        category: ParticipantCategory.PRESTIGIOUS_PERSON,
        communeId: commune.id,
        districtId: commune.districtId,
      }),
    );
  }

  async function createBoard(commune: Commune, headers: Headers) {
    const r = await gql<{ createMonitoringBoard: { id: number; version: number } }>(
      CREATE,
      { input: { communeId: commune.id, establishedOn: '2021-06-15' } },
      headers,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createMonitoringBoard;
  }

  /** Everything a failed attempt must leave as it was: boards, members, versions and the audit trail. */
  async function snapshot() {
    return {
      boards: await f.db.getRepository(MonitoringBoard).find({ order: { id: 'ASC' } }),
      members: await f.db.getRepository(BoardMember).find({ order: { id: 'ASC' } }),
      auditEntries: await f.db.getRepository(AuditEntry).count(),
    };
  }

  beforeAll(async () => {
    f = await tenantFixture();
    [lbCommune, lbEmptyCommune] = f.lamBinhCommunes;
    nhCommune = f.naHangCommunes[0];
    lbPeople = [await addParticipant(lbCommune, 'Hoàng Văn Thụ'), await addParticipant(lbCommune, 'Nông Thị Mai')];
    nhPerson = await addParticipant(nhCommune, 'Đặng Văn Hải');
    lbBoard = await createBoard(lbCommune, f.as.manager);
    const seated = await gql<{ setBoardMembers: { version: number } }>(
      SET_MEMBERS,
      {
        boardId: lbBoard.id,
        version: lbBoard.version,
        members: [
          { participantId: lbPeople[0].id, role: 'HEAD' },
          { participantId: lbPeople[1].id, role: 'MEMBER' },
        ],
      },
      f.as.manager,
    );
    expect(seated.errors).toBeUndefined();
    lbBoard.version = seated.data!.setBoardMembers.version;
    nhBoard = await createBoard(nhCommune, f.as.otherManager);
  });
  afterAll(() => f.close());

  describe("Na Hang's manager cannot read Lâm Bình's board", () => {
    it('by id (null, as for a board that does not exist)', async () => {
      const r = await gql('query($id: Int!) { monitoringBoard(id: $id) { id } }', { id: lbBoard.id }, f.as.otherManager);
      expect(r).toEqual({ data: { monitoringBoard: null } });
    });

    it('in the list, filtered or not', async () => {
      const list = 'query($f: MonitoringBoardFilter) { monitoringBoards(filter: $f) { totalCount edges { node { id } } } }';
      const all = await gql<{ monitoringBoards: { totalCount: number; edges: { node: { id: number } }[] } }>(list, {}, f.as.otherManager);
      expect(all.data?.monitoringBoards).toEqual({ totalCount: 1, edges: [{ node: { id: nhBoard.id } }] });
      for (const filter of [{ districtId: f.lamBinh.id }, { communeId: lbCommune.id }, { districtId: f.lamBinh.id, communeId: lbCommune.id }]) {
        const r = await gql(list, { f: filter }, f.as.otherManager);
        expect(r).toEqual({ data: { monitoringBoards: { totalCount: 0, edges: [] } } });
      }
    });

    it('through Commune.board (its own communes show only its own board)', async () => {
      const r = await gql<{ lb: unknown[]; nh: { id: number; board: { id: number } | null }[] }>(
        'query($lb: Int!, $nh: Int!) { lb: communes(districtId: $lb) { board { id } } nh: communes(districtId: $nh) { id board { id } } }',
        { lb: f.lamBinh.id, nh: f.naHang.id },
        f.as.otherManager,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data?.lb).toEqual([]);
      expect(r.data?.nh.filter((c) => c.board !== null)).toEqual([{ id: nhCommune.id, board: { id: nhBoard.id } }]);
    });

    it('through the loaders behind every nested field (board, commune, district, members, participant)', async () => {
      const caller = {
        kind: 'user' as const,
        id: 0,
        label: 'huyen-072',
        role: Role.DISTRICT_MANAGER,
        provinceId: f.naHang.provinceId,
        districtId: f.naHang.id,
      };
      const loaders = createLoaders(f.db, await Scope.forCaller(f.db, caller));
      expect(await loaders.board.load(lbBoard.id)).toBeNull(); // BoardMember.board
      expect(await loaders.boardByCommune.load(lbCommune.id)).toBeNull(); // Commune.board
      expect(await loaders.membersByBoard.load(lbBoard.id)).toEqual([]); // MonitoringBoard.members
      expect(await loaders.participant.load(lbPeople[0].id)).toBeNull(); // BoardMember.participant
      expect(await loaders.commune.load(lbCommune.id)).toBeNull(); // MonitoringBoard.commune
      expect(await loaders.district.load(f.lamBinh.id)).toBeNull(); // MonitoringBoard.district
      expect((await loaders.board.load(nhBoard.id))?.id).toBe(nhBoard.id); // the same loaders do reach its own
    });

    it('while the province reads it with all its links', async () => {
      const r = await gql<{ monitoringBoard: { district: { code: string }; commune: { id: number }; members: { participant: { fullName: string } }[] } }>(
        'query($id: Int!) { monitoringBoard(id: $id) { district { code } commune { id } members { participant { fullName } } } }',
        { id: lbBoard.id },
        f.as.province,
      );
      expect(r.data?.monitoringBoard).toEqual({
        district: { code: '071' },
        commune: { id: lbCommune.id },
        members: [{ participant: { fullName: 'Hoàng Văn Thụ' } }, { participant: { fullName: 'Nông Thị Mai' } }],
      });
    });
  });

  describe("Na Hang's manager cannot change Lâm Bình's boards (NOT_FOUND, nothing changes, nothing audited)", () => {
    it.each([
      ['found a board in a Lâm Bình commune', () => [CREATE, { input: { communeId: lbEmptyCommune.id, establishedOn: '2022-01-01' } }]],
      ['update the board', () => [UPDATE, { id: lbBoard.id, version: lbBoard.version, input: { decisionRef: 'hijacked' } }]],
      ['delete the board', () => [DELETE, { id: lbBoard.id, version: lbBoard.version }]],
      ['replace its members', () => [SET_MEMBERS, { boardId: lbBoard.id, version: lbBoard.version, members: [] }]],
      [
        'seat a Lâm Bình participant on its own board',
        () => [SET_MEMBERS, { boardId: nhBoard.id, version: nhBoard.version, members: [{ participantId: lbPeople[0].id, role: 'HEAD' }] }],
      ],
    ])('%s', async (_what, operation) => {
      const [query, variables] = operation() as [string, Record<string, unknown>];
      const before = await snapshot();
      expect(codes(await gql(query, variables, f.as.otherManager))).toEqual(['NOT_FOUND']);
      expect(await snapshot()).toEqual(before);
    });
  });

  it("Lâm Bình's manager cannot seat a Na Hang participant: NOT_FOUND naming the participant, nothing changes", async () => {
    const before = await snapshot();
    const r = await gql(
      SET_MEMBERS,
      {
        boardId: lbBoard.id,
        version: lbBoard.version,
        members: [
          { participantId: lbPeople[0].id, role: 'HEAD' },
          { participantId: nhPerson.id, role: 'MEMBER' },
        ],
      },
      f.as.manager,
    );
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0].extensions).toMatchObject({ entity: 'Participant', id: nhPerson.id, field: 'participantId' });
    expect(await snapshot()).toEqual(before);
  });

  it("the province cannot seat one district's participant on another district's board", async () => {
    const before = await snapshot();
    const r = await gql(
      SET_MEMBERS,
      { boardId: lbBoard.id, version: lbBoard.version, members: [{ participantId: nhPerson.id, role: 'MEMBER' }] },
      f.as.province,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].extensions?.field).toBe('members');
    expect(await snapshot()).toEqual(before);
  });

  describe('viewers never write (FORBIDDEN, nothing changes)', () => {
    it.each([
      ['found a board', () => [CREATE, { input: { communeId: lbEmptyCommune.id, establishedOn: '2022-01-01' } }]],
      ['update a board', () => [UPDATE, { id: lbBoard.id, version: lbBoard.version, input: { decisionRef: 'x' } }]],
      ['delete a board', () => [DELETE, { id: lbBoard.id, version: lbBoard.version }]],
      ['replace its members', () => [SET_MEMBERS, { boardId: lbBoard.id, version: lbBoard.version, members: [] }]],
    ])('%s', async (_what, operation) => {
      const [query, variables] = operation() as [string, Record<string, unknown>];
      const before = await snapshot();
      expect(codes(await gql(query, variables, f.as.viewer))).toEqual(['FORBIDDEN']);
      expect(codes(await gql(query, variables, f.as.provinceViewer))).toEqual(['FORBIDDEN']);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('the district viewer reads its own district’s board', async () => {
    const r = await gql('query($id: Int!) { monitoringBoard(id: $id) { id } }', { id: lbBoard.id }, f.as.viewer);
    expect(r).toEqual({ data: { monitoringBoard: { id: lbBoard.id } } });
  });

  it('an anonymous caller is asked to sign in', async () => {
    expect(codes(await gql('{ monitoringBoards { totalCount } }', {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql('query($id: Int!) { monitoringBoard(id: $id) { id } }', { id: lbBoard.id }, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
  });

  it('board writes are not province-only: the province admin founds a board in any district', async () => {
    const board = await createBoard(lbEmptyCommune, f.as.province);
    expect((await f.db.getRepository(MonitoringBoard).findOneByOrFail({ id: board.id })).districtId).toBe(f.lamBinh.id);
    const audit = await f.db.getRepository(AuditEntry).findOneByOrFail({ entity: 'MonitoringBoard', entityId: board.id });
    expect([audit.actorLabel, audit.districtId]).toEqual(['tinh', f.lamBinh.id]);
  });
});
