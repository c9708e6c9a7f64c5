import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { startTestServer } from '../helpers/server';
import { loadConfig } from '../../server/src/config';
import { Village } from '../../server/src/domain/geography/village.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';

const PAGE = `query($first: Int!) { participants(first: $first) {
  totalCount edges { node { fullName commune { name } village { name } ethnicGroup { name } } } } }`;

/** A page of participants with its nested links costs the same few statements whatever its size. */
describe('nested fields are joined or batched', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    const villageRepo = f.db.getRepository(Village);
    const villages = await villageRepo.save(
      f.lamBinhCommunes.flatMap((commune) =>
        ['Bản Một', 'Bản Hai'].map((name) => villageRepo.create({ name, communeId: commune.id, districtId: f.lamBinh.id })),
      ),
    );
    const groups = ['01', '02', '03', '06', '09', '12'];
    const repo = f.db.getRepository(Participant);
    // Built with repo.create so the entity hooks fill searchName; one INSERT for all hundred.
    const rows = Array.from({ length: 100 }, (_, i) => {
      const commune = f.lamBinhCommunes[i % 2];
      const village = i % 3 === 0 ? null : villages.filter((v) => v.communeId === commune.id)[i % 2];
      return repo.create({
        fullName: `Người Thứ ${i + 1}`,
        gender: i % 2 === 0 ? Gender.FEMALE : Gender.MALE,
        birthYear: 1960 + (i % 40),
        ethnicGroupCode: groups[i % groups.length],
        category: ParticipantCategory.RESIDENT,
        communeId: commune.id,
        villageId: village?.id ?? null,
        districtId: f.lamBinh.id,
      });
    });
    await repo.insert(rows);
  });
  afterAll(() => f.close());

  async function page(first: number, query = PAGE): Promise<{ statements: number; edges: number; totalCount: number }> {
    const response = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...f.as.manager },
      body: JSON.stringify({ query, variables: { first } }),
    });
    const body = (await response.json()) as { data: { participants: { totalCount: number; edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const { edges, totalCount } = body.data.participants;
    return { statements: Number(response.headers.get('x-sql-statements')), edges: edges.length, totalCount };
  }

  it('a page of 100 participants with commune, village and ethnic group costs what a page of 10 does', async () => {
    // The first request also reads the caller's account and the 54 ethnic groups, which the process
    // then keeps (the account 5 s, the groups for good): measure the requests after it.
    await page(1);
    const ten = await page(10);
    const hundred = await page(100);
    expect(ten).toMatchObject({ edges: 10, totalCount: 100 });
    expect(hundred).toMatchObject({ edges: 100, totalCount: 100 });
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
    // One statement: the page with its communes, villages and total (was 6 before the account and the
    // ethnic groups were kept in memory, 4 before the page joined what the client selected).
    expect(hundred.statements).toBe(1);
  });

  it('the joined commune and village are each row’s own, as the loaders would give them', async () => {
    const query = `query($first: Int!) { participants(first: $first) { edges { node {
      id communeId villageId commune { id name code version createdAt updatedAt districtId } ...where } } } }
      fragment where on Participant { village { id communeId name version createdAt } }`;
    await page(1);
    const joined = await page(100, query);
    expect(joined.statements).toBe(1); // a fragment is looked into too: no loader statement follows
    type Node = { id: number; communeId: number; villageId: number | null; commune: Record<string, unknown>; village: Record<string, unknown> | null };
    const response = await f.server.graphql<{ participants: { edges: { node: Node }[] } }>(query, { first: 100 }, f.as.manager);
    const nodes = response.data!.participants.edges.map((e) => e.node);
    // Every field as the loaders (TypeORM's own mapping) give it, dates and numbers included.
    const villages = new Map((await f.db.getRepository(Village).find()).map((v) => [v.id, v]));
    const communes = new Map((await f.db.getRepository(Commune).find()).map((c) => [c.id, c]));
    expect(nodes.filter((n) => n.villageId === null)).toHaveLength(34);
    for (const node of nodes) {
      const c = communes.get(node.communeId)!;
      expect(node.commune).toEqual({
        id: c.id,
        name: c.name,
        code: c.code,
        version: c.version,
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
        districtId: c.districtId,
      });
      const v = node.villageId === null ? null : villages.get(node.villageId)!;
      expect(node.village).toEqual(v && { id: v.id, communeId: v.communeId, name: v.name, version: v.version, createdAt: v.createdAt.toISOString() });
    }
  });

  it('a page’s own rows carry every field as TypeORM’s reading of one participant gives it', async () => {
    // The list reads its rows itself (db/joined-entity.ts); `participant(id)` goes through the loader, TypeORM's mapping.
    const repo = f.db.getRepository(Participant);
    const [first, second] = await repo.find({ order: { id: 'ASC' }, take: 2 });
    await repo.update(first.id, { position: 'Trưởng thôn', phone: '0912345678', demo: true });
    await repo.update(second.id, { idNumber: '001234567890' });
    const fields =
      'id version createdAt updatedAt fullName gender birthYear ethnicGroupCode category position communeId villageId districtId phone idNumber demo';
    const list = await f.server.graphql<{ participants: { edges: { node: Record<string, unknown> }[] } }>(
      `{ participants(first: 100) { edges { node { ${fields} } } } }`,
      {},
      f.as.manager,
    );
    const nodes = list.data!.participants.edges.map((e) => e.node);
    expect(nodes).toHaveLength(100);
    expect(nodes[0]).toMatchObject({ position: 'Trưởng thôn', demo: true });
    expect(nodes[1].idNumber).not.toBeNull();
    for (const node of nodes.slice(0, 10)) {
      const query = `query($id: Int!) { participant(id: $id) { ${fields} } }`;
      const one = await f.server.graphql<{ participant: Record<string, unknown> }>(query, { id: node.id }, f.as.manager);
      expect(node).toStrictEqual(one.data!.participant);
    }
  });

  it('a page reads only the selected columns, and the nested fields that follow keys still answer as for one participant', async () => {
    // None of the keys (communeId, villageId, districtId, ethnicGroupCode) is selected: the list reads them anyway.
    const fields = `fullName isEthnicMinority district { id } ethnicGroup { code } attendances { id }
      commune { name district { id } villages { id } } village { name commune { id } district { id } }`;
    const list = await f.server.graphql<{ participants: { edges: { node: Record<string, unknown> & { id: number } }[] } }>(
      `{ participants(first: 100) { edges { node { id ${fields} } } } }`,
      {},
      f.as.manager,
    );
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.participants.edges.map((e) => e.node);
    expect(nodes.filter((n) => n.village !== null).length).toBeGreaterThan(0);
    for (const node of nodes.slice(0, 6)) {
      const query = `query($id: Int!) { participant(id: $id) { id ${fields} } }`;
      const one = await f.server.graphql<{ participant: Record<string, unknown> }>(query, { id: node.id }, f.as.manager);
      expect(node).toStrictEqual(one.data!.participant);
    }
  });

  it('the total rides on the page; past the last page it is counted on its own', async () => {
    await page(1);
    const uncounted = await page(100, PAGE.replace('totalCount ', ''));
    expect(uncounted).toMatchObject({ edges: 100, totalCount: undefined, statements: 1 });
    const query = `query($first: Int!, $after: String) { participants(first: $first, after: $after) { totalCount edges { cursor } pageInfo { endCursor } } }`;
    const all = await f.server.graphql<{ participants: { pageInfo: { endCursor: string } } }>(query, { first: 100 }, f.as.manager);
    const response = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...f.as.manager },
      body: JSON.stringify({ query, variables: { first: 10, after: all.data!.participants.pageInfo.endCursor } }),
    });
    expect(await response.json()).toEqual({ data: { participants: { totalCount: 100, edges: [], pageInfo: { endCursor: null } } } });
    expect(response.headers.get('x-sql-statements')).toBe('2');
  });
});

/** Counting needs AsyncLocalStorage, which costs throughput: production counts only when asked to. */
describe('the statement count is a switch', () => {
  let f: TenantFixture;
  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  async function header(settings: { countStatements?: boolean }): Promise<string | null> {
    const server = await startTestServer(f.db, { env: 'production', ...settings });
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      return response.headers.get('x-sql-statements');
    } finally {
      await server.close();
    }
  }

  it('is off in production unless SQL_STATEMENT_HEADER turns it on, and on elsewhere', async () => {
    expect(await header({})).toBeNull();
    expect(await header({ countStatements: true })).toBe('0');
    expect(loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'x' }).countStatements).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'x', SQL_STATEMENT_HEADER: 'true' }).countStatements).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).countStatements).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', SQL_STATEMENT_HEADER: 'false' }).countStatements).toBe(false);
    expect(() => loadConfig({ SQL_STATEMENT_HEADER: 'sometimes' })).toThrow('SQL_STATEMENT_HEADER must be true or false, got "sometimes"');
  });
});
