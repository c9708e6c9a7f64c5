import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import type { Commune } from '../../server/src/domain/geography/commune.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';
import { MonitoringBoard } from '../../server/src/domain/boards/monitoring-board.entity';
import { BoardMember } from '../../server/src/domain/boards/board-member.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

interface Board {
  id: number;
  version: number;
  communeId: number;
  establishedOn: string;
  decisionRef: string | null;
}
interface Error {
  message: string;
  extensions?: Record<string, unknown>;
}

const BOARD = 'id version communeId establishedOn decisionRef';
const CREATE = `mutation($input: CreateMonitoringBoardInput!) { createMonitoringBoard(input: $input) { ${BOARD} } }`;
const UPDATE = `mutation($id: Int!, $version: Int!, $input: UpdateMonitoringBoardInput!) { updateMonitoringBoard(id: $id, version: $version, input: $input) { ${BOARD} } }`;
const DELETE = 'mutation($id: Int!, $version: Int!) { deleteMonitoringBoard(id: $id, version: $version) }';
const SET_MEMBERS = `mutation($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {
  setBoardMembers(boardId: $boardId, version: $version, members: $members) { ${BOARD} members { participantId role } }
}`;

/** A date `days` from today in Vietnam, as the API expects it. */
function vietnamDay(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

describe('monitoring boards (ban giám sát cộng đồng xã)', () => {
  let f: TenantFixture;
  let communeA: Commune;
  let communeB: Commune;
  let people: Participant[];
  let neighbour: Participant; // lives in Lâm Bình but in the other commune

  const gql = <T>(query: string, variables: Record<string, unknown>, headers: Headers = f.as.manager) => f.server.graphql<T>(query, variables, headers);

  async function createBoard(communeId: number, establishedOn = '2023-05-10', decisionRef: string | null = '12/QĐ-UBND') {
    const r = await gql<{ createMonitoringBoard: Board }>(CREATE, { input: { communeId, establishedOn, decisionRef } });
    expect(r.errors).toBeUndefined();
    return r.data!.createMonitoringBoard;
  }

  async function addParticipant(commune: Commune, fullName: string): Promise<Participant> {
    const repo = f.db.getRepository(Participant);
    return repo.save(
      repo.create({
        fullName,
        gender: Gender.FEMALE,
        birthYear: 1979,
        ethnicGroupCode: '02',
        category: ParticipantCategory.MONITORING_BOARD_MEMBER,
        communeId: commune.id,
        districtId: commune.districtId,
      }),
    );
  }

  const auditOf = (entity: string, entityId: number) => f.db.getRepository(AuditEntry).find({ where: { entity, entityId }, order: { id: 'ASC' } });

  beforeAll(async () => {
    f = await tenantFixture();
    [communeA, communeB] = f.lamBinhCommunes;
    people = [];
    for (const name of ['Hoàng Thị Lan', 'Triệu Văn Minh', 'Bàn Thị Hoa', 'Lý Văn Tài']) people.push(await addParticipant(communeA, name));
    neighbour = await addParticipant(communeB, 'Ma Văn Sơn');
  });
  afterAll(() => f.close());

  it('lets a district manager found the board of a commune and records who did it', async () => {
    const board = await createBoard(communeA.id, '2023-05-10', ' 12/QĐ-UBND ');
    expect(board).toMatchObject({ communeId: communeA.id, establishedOn: '2023-05-10', decisionRef: '12/QĐ-UBND', version: 1 });
    const stored = await f.db.getRepository(MonitoringBoard).findOneByOrFail({ id: board.id });
    expect(stored.districtId).toBe(f.lamBinh.id);
    const audit = await auditOf('MonitoringBoard', board.id);
    expect(audit.map((a) => [a.action, a.actorLabel, a.districtId])).toEqual([['CREATE', 'huyen-071', f.lamBinh.id]]);
  });

  it('refuses a second board for the same commune, naming the field', async () => {
    const r = await gql<unknown>(CREATE, { input: { communeId: communeA.id, establishedOn: '2024-01-02' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors as Error[])[0].extensions?.field).toBe('communeId');
    expect(await f.db.getRepository(MonitoringBoard).countBy({ communeId: communeA.id })).toBe(1);
  });

  it.each([
    ['not a date', '10/05/2023'],
    ['an impossible day', '2023-02-30'],
    ['a day in the future', vietnamDay(2)],
  ])('refuses a founding date that is %s, naming establishedOn', async (_why, establishedOn) => {
    const r = await gql<unknown>(CREATE, { input: { communeId: communeB.id, establishedOn } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((r.errors as Error[])[0].extensions?.field).toBe('establishedOn');
    expect(await f.db.getRepository(MonitoringBoard).countBy({ communeId: communeB.id })).toBe(0);
  });

  it('accepts a board founded today', async () => {
    const board = await createBoard(communeB.id, vietnamDay(0), null);
    expect(board.establishedOn).toBe(vietnamDay(0));
    await f.db.getRepository(MonitoringBoard).delete(board.id);
  });

  it('answers NOT_FOUND for a commune that does not exist', async () => {
    const r = await gql<unknown>(CREATE, { input: { communeId: 999_999, establishedOn: '2023-01-01' } });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('updates a board only when the caller saw its current version', async () => {
    const board = await createBoard(communeB.id, '2022-03-01');
    const updated = await gql<{ updateMonitoringBoard: Board }>(UPDATE, {
      id: board.id,
      version: 1,
      input: { decisionRef: '7/QĐ-UBND', establishedOn: '2022-04-01' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateMonitoringBoard).toMatchObject({ version: 2, decisionRef: '7/QĐ-UBND', establishedOn: '2022-04-01' });

    const stale = await gql<unknown>(UPDATE, { id: board.id, version: 1, input: { decisionRef: 'lost edit' } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect((await f.db.getRepository(MonitoringBoard).findOneByOrFail({ id: board.id })).decisionRef).toBe('7/QĐ-UBND');

    const cleared = await gql<{ updateMonitoringBoard: Board }>(UPDATE, { id: board.id, version: 2, input: { decisionRef: null } });
    expect(cleared.data?.updateMonitoringBoard).toMatchObject({ version: 3, decisionRef: null, establishedOn: '2022-04-01' });

    const noDate = await gql<unknown>(UPDATE, { id: board.id, version: 3, input: { establishedOn: null } });
    expect(codes(noDate)).toEqual(['BAD_USER_INPUT']);
    expect((noDate.errors as Error[])[0].extensions?.field).toBe('establishedOn');
    const future = await gql<unknown>(UPDATE, { id: board.id, version: 3, input: { establishedOn: vietnamDay(30) } });
    expect((future.errors as Error[])[0].extensions?.field).toBe('establishedOn');

    expect((await auditOf('MonitoringBoard', board.id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  it('seats members, changes roles and removes people in one call, auditing each change', async () => {
    const board = (await f.db.getRepository(MonitoringBoard).findOneByOrFail({ communeId: communeA.id })) as MonitoringBoard;
    const first = await gql<{ setBoardMembers: Board & { members: { participantId: number; role: string }[] } }>(SET_MEMBERS, {
      boardId: board.id,
      version: board.version,
      members: [
        { participantId: people[0].id, role: 'HEAD' },
        { participantId: people[1].id, role: 'DEPUTY' },
        { participantId: people[2].id, role: 'MEMBER' },
      ],
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.setBoardMembers.version).toBe(board.version + 1);
    expect(first.data?.setBoardMembers.members).toEqual([
      { participantId: people[0].id, role: 'HEAD' },
      { participantId: people[1].id, role: 'DEPUTY' },
      { participantId: people[2].id, role: 'MEMBER' },
    ]);

    const second = await gql<{ setBoardMembers: Board & { members: { participantId: number; role: string }[] } }>(SET_MEMBERS, {
      boardId: board.id,
      version: board.version + 1,
      members: [
        { participantId: people[1].id, role: 'HEAD' },
        { participantId: people[2].id, role: 'MEMBER' },
        { participantId: people[3].id, role: 'DEPUTY' },
      ],
    });
    expect(second.errors).toBeUndefined();
    expect(second.data?.setBoardMembers.version).toBe(board.version + 2);
    expect(second.data?.setBoardMembers.members).toEqual([
      { participantId: people[1].id, role: 'HEAD' },
      { participantId: people[2].id, role: 'MEMBER' },
      { participantId: people[3].id, role: 'DEPUTY' },
    ]);

    const memberAudit = await f.db.getRepository(AuditEntry).find({ where: { entity: 'BoardMember' }, order: { id: 'ASC' } });
    expect(memberAudit.map((a) => a.action)).toEqual(['CREATE', 'CREATE', 'CREATE', 'DELETE', 'UPDATE', 'CREATE']);
    expect(memberAudit.every((a) => a.districtId === f.lamBinh.id && a.actorLabel === 'huyen-071')).toBe(true);
    expect((await auditOf('MonitoringBoard', board.id)).map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  describe('refuses a member list that breaks the rules, and changes nothing', () => {
    let board: MonitoringBoard;
    let before: { participantId: number; role: string }[];

    beforeAll(async () => {
      board = await f.db.getRepository(MonitoringBoard).findOneByOrFail({ communeId: communeA.id });
      before = (await f.db.getRepository(BoardMember).find({ where: { boardId: board.id }, order: { id: 'ASC' } })).map((m) => ({
        participantId: m.participantId,
        role: m.role,
      }));
    });

    async function expectUnchanged() {
      const now = await f.db.getRepository(BoardMember).find({ where: { boardId: board.id }, order: { id: 'ASC' } });
      expect(now.map((m) => ({ participantId: m.participantId, role: m.role }))).toEqual(before);
      expect((await f.db.getRepository(MonitoringBoard).findOneByOrFail({ id: board.id })).version).toBe(board.version);
    }

    it.each([
      [
        'two heads',
        () => [
          { participantId: people[0].id, role: 'HEAD' },
          { participantId: people[1].id, role: 'HEAD' },
        ],
      ],
      [
        'the same person twice',
        () => [
          { participantId: people[0].id, role: 'HEAD' },
          { participantId: people[0].id, role: 'MEMBER' },
        ],
      ],
      ['a person of another commune', () => [{ participantId: neighbour.id, role: 'MEMBER' }]],
    ])('%s', async (_why, members) => {
      const r = await gql<unknown>(SET_MEMBERS, { boardId: board.id, version: board.version, members: members() });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect((r.errors as Error[])[0].extensions?.field).toBe('members');
      await expectUnchanged();
    });

    it('a person who does not exist', async () => {
      const r = await gql<unknown>(SET_MEMBERS, { boardId: board.id, version: board.version, members: [{ participantId: 987_654, role: 'MEMBER' }] });
      expect(codes(r)).toEqual(['NOT_FOUND']);
      expect((r.errors as Error[])[0].extensions).toMatchObject({ entity: 'Participant', id: 987_654, field: 'participantId' });
      await expectUnchanged();
    });

    it('a stale version', async () => {
      const r = await gql<unknown>(SET_MEMBERS, { boardId: board.id, version: board.version - 1, members: [] });
      expect(codes(r)).toEqual(['CONFLICT']);
      await expectUnchanged();
    });
  });

  it('reads a board with its commune, district and members, and a commune with its board', async () => {
    const board = await f.db.getRepository(MonitoringBoard).findOneByOrFail({ communeId: communeA.id });
    const r = await gql<{
      monitoringBoard: {
        commune: { name: string };
        district: { code: string };
        members: { role: string; participant: { fullName: string }; board: { id: number } }[];
      };
      communes: { id: number; board: { id: number } | null }[];
    }>(
      `query($id: Int!, $d: Int!) {
        monitoringBoard(id: $id) { commune { name } district { code } members { role participant { fullName } board { id } } }
        communes(districtId: $d) { id board { id } }
      }`,
      { id: board.id, d: f.lamBinh.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.monitoringBoard.commune.name).toBe(communeA.name);
    expect(r.data?.monitoringBoard.district.code).toBe('071');
    expect(r.data?.monitoringBoard.members.map((m) => [m.role, m.participant.fullName, m.board.id])).toEqual([
      ['HEAD', 'Triệu Văn Minh', board.id],
      ['MEMBER', 'Bàn Thị Hoa', board.id],
      ['DEPUTY', 'Lý Văn Tài', board.id],
    ]);
    const withBoards = r.data!.communes.filter((c) => c.board !== null).map((c) => c.id);
    expect(withBoards.sort()).toEqual([communeA.id, communeB.id].sort());
    expect(await gql('query($id: Int!) { monitoringBoard(id: $id) { id } }', { id: 999_999 })).toEqual({ data: { monitoringBoard: null } });
  });

  it('lists boards by district and commune, a page at a time', async () => {
    const page1 = await gql<{
      monitoringBoards: { totalCount: number; edges: { node: { communeId: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(
      'query($f: MonitoringBoardFilter) { monitoringBoards(filter: $f, first: 1) { totalCount edges { node { communeId } } pageInfo { hasNextPage endCursor } } }',
      { f: { districtId: f.lamBinh.id } },
    );
    expect(page1.data?.monitoringBoards).toMatchObject({ totalCount: 2, edges: [{ node: { communeId: communeA.id } }], pageInfo: { hasNextPage: true } });
    const page2 = await gql<{ monitoringBoards: { edges: { node: { communeId: number } }[]; pageInfo: { hasNextPage: boolean } } }>(
      'query($after: String) { monitoringBoards(first: 1, after: $after) { edges { node { communeId } } pageInfo { hasNextPage } } }',
      { after: page1.data?.monitoringBoards.pageInfo.endCursor },
    );
    expect(page2.data?.monitoringBoards).toEqual({ edges: [{ node: { communeId: communeB.id } }], pageInfo: { hasNextPage: false } });
    const byCommune = await gql<{ monitoringBoards: { totalCount: number } }>('query($c: Int) { monitoringBoards(filter: { communeId: $c }) { totalCount } }', {
      c: communeB.id,
    });
    expect(byCommune.data?.monitoringBoards.totalCount).toBe(1);
    const tooLarge = await gql<unknown>('{ monitoringBoards(first: 500) { totalCount } }', {});
    expect(codes(tooLarge)).toEqual(['BAD_USER_INPUT']);
  });

  it('reads a page of boards with their members in the same number of statements however many rows it holds', async () => {
    const query = `query($first: Int!) { monitoringBoards(first: $first) { edges { node {
      commune { name board { id } } district { name } members { role participant { fullName } board { id } }
    } } } }`;
    const count = async (first: number) => {
      const response = await fetch(`${f.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...f.as.manager },
        body: JSON.stringify({ query, variables: { first } }),
      });
      const body = (await response.json()) as { errors?: unknown; data: { monitoringBoards: { edges: unknown[] } } };
      expect(body.errors).toBeUndefined();
      return { rows: body.data.monitoringBoards.edges.length, statements: Number(response.headers.get('x-sql-statements')) };
    };
    const one = await count(1);
    const two = await count(2);
    expect([one.rows, two.rows]).toEqual([1, 2]);
    expect(one.statements).toBeGreaterThan(0);
    expect(two.statements).toBe(one.statements);
  });

  it('deletes a board with its members only at the current version, and audits every row removed', async () => {
    const board = await f.db.getRepository(MonitoringBoard).findOneByOrFail({ communeId: communeA.id });
    const memberIds = (await f.db.getRepository(BoardMember).findBy({ boardId: board.id })).map((m) => m.id);
    expect(memberIds).toHaveLength(3);

    expect(codes(await gql(DELETE, { id: board.id, version: board.version - 1 }))).toEqual(['CONFLICT']);
    expect(await f.db.getRepository(MonitoringBoard).existsBy({ id: board.id })).toBe(true);

    const r = await gql<{ deleteMonitoringBoard: boolean }>(DELETE, { id: board.id, version: board.version });
    expect(r).toEqual({ data: { deleteMonitoringBoard: true } });
    expect(await f.db.getRepository(MonitoringBoard).existsBy({ id: board.id })).toBe(false);
    expect(await f.db.getRepository(BoardMember).countBy({ boardId: board.id })).toBe(0);
    expect((await auditOf('MonitoringBoard', board.id)).at(-1)?.action).toBe('DELETE');
    for (const id of memberIds) expect((await auditOf('BoardMember', id)).at(-1)?.action).toBe('DELETE');

    expect(codes(await gql(DELETE, { id: board.id, version: board.version }))).toEqual(['NOT_FOUND']);
  });
});
