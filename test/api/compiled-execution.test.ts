import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Kind, parse, type DocumentNode } from 'graphql';
import { tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { startTestServer, type TestServer } from '../helpers/server';
import { buildPortalSchema } from '../../server/src/schema';
import { CompiledOperations, MAX_COMPILED_FIELDS } from '../../server/src/graphql/compiled-execution';
import * as webDocuments from '../../web/src/graphql/generated/graphql';
import { Village } from '../../server/src/domain/geography/village.entity';

const PERSON = `mutation($input: ParticipantInput!) { createParticipant(input: $input) { id } }`;

/**
 * The portal executes with graphql-jit (graphql/compiled-execution.ts). The same database is served
 * twice, by the compiled executor and by graphql-js (GRAPHQL_EXECUTOR=graphql-js), and every answer
 * below must be the same, errors included.
 */
describe('the compiled executor answers as graphql-js does', () => {
  let f: TenantFixture;
  let graphqlJs: TestServer;
  let ourPerson: number;
  let theirPerson: number;
  let secondPerson: number;

  beforeAll(async () => {
    f = await tenantFixture();
    graphqlJs = await startTestServer(f.db, { graphqlExecutor: 'graphql-js' });
    const village = await f.db
      .getRepository(Village)
      .save(f.db.getRepository(Village).create({ name: 'Bản Khiếu', communeId: f.lamBinhCommunes[0].id, districtId: f.lamBinh.id }));
    const person = (name: string, communeId: number, extra: Record<string, unknown>, headers: Headers) =>
      f.server.graphql<{ createParticipant: { id: number } }>(
        PERSON,
        { input: { fullName: name, gender: 'FEMALE', birthYear: 1990, ethnicGroupCode: '08', category: 'RESIDENT', communeId, ...extra } },
        headers,
      );
    ourPerson = (await person('Hoàng Thị Lâm', f.lamBinhCommunes[0].id, { villageId: village.id, idNumber: '008180000999', phone: '0915000111' }, f.as.manager))
      .data!.createParticipant.id;
    secondPerson = (await person('Đào Văn Khiếu', f.lamBinhCommunes[1].id, {}, f.as.manager)).data!.createParticipant.id;
    theirPerson = (await person('Ma Thị Hà', f.naHangCommunes[0].id, {}, f.as.otherManager)).data!.createParticipant.id;
  });
  afterAll(async () => {
    await graphqlJs.close();
    await f.close();
  });

  /** Asks both executors and expects the same answer; returns it. */
  async function same(query: string, variables: Record<string, unknown> | undefined, headers: Headers) {
    const [compiled, plain] = await Promise.all([f.server.graphql(query, variables, headers), graphqlJs.graphql(query, variables, headers)]);
    expect(compiled).toEqual(plain);
    return compiled;
  }

  it('a list page with joined and loaded links, fragments, aliases and __typename, for each role', async () => {
    const query = `query($first: Int!) {
      participants(first: $first) {
        __typename totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
        edges { cursor node { ...person who: fullName district { code name } attendances { id } } }
      }
    }
    fragment person on Participant { id fullName gender category birthYear isEthnicMinority idNumber phone version createdAt
      commune { id name district { code } } village { id name } ethnicGroup { code name } }`;
    for (const headers of [f.as.manager, f.as.viewer, f.as.province, f.as.otherManager]) {
      const answer = await same(query, { first: 10 }, headers);
      expect(answer.errors).toBeUndefined();
    }
    const seen = (await same(query, { first: 10 }, f.as.viewer)) as { data: { participants: { edges: { node: { idNumber: string } }[] } } };
    // The viewer reads the ID number masked: the personal-data pass (graphql/personal-data.ts) runs under the compiled executor too.
    expect(seen.data.participants.edges.map((e) => e.node.idNumber)).toContain('0xx…999');
  });

  it('a count read after the page (a page past the end, a search that misses) is awaited like any value', async () => {
    const past = await same(
      'query($after: String) { participants(first: 5, after: $after) { totalCount totalCountIsExact edges { node { id } } } }',
      {
        after: Buffer.from('id:999999999').toString('base64url'),
      },
      f.as.manager,
    );
    expect(past).toEqual({ data: { participants: { totalCount: 2, totalCountIsExact: true, edges: [] } } });
    const miss = await same(
      '{ participants(first: 5, filter: { search: "zzzz" }) { totalCount totalCountIsExact edges { node { id } } } }',
      undefined,
      f.as.manager,
    );
    expect(miss).toEqual({ data: { participants: { totalCount: 0, totalCountIsExact: true, edges: [] } } });
  });

  it('@include and @skip follow their variables', async () => {
    const query =
      'query($count: Boolean!, $hide: Boolean!) { participants(first: 1) { totalCount @include(if: $count) edges @skip(if: $hide) { node { id } } } }';
    expect(await same(query, { count: true, hide: true }, f.as.manager)).toEqual({ data: { participants: { totalCount: 2 } } });
    expect(await same(query, { count: false, hide: false }, f.as.manager)).toEqual({ data: { participants: { edges: [{ node: { id: ourPerson } }] } } });
  });

  it('refusals read the same: a bad variable, a bad argument, another district, a viewer writing, no sign-in', async () => {
    const badVariable = await same('query($first: Int!) { participants(first: $first) { totalCount } }', { first: 'many' }, f.as.manager);
    expect(codes(badVariable)).toEqual(['BAD_USER_INPUT']);
    const badArgument = await same('{ participants(first: 0) { totalCount } }', undefined, f.as.manager);
    expect(codes(badArgument)).toEqual(['BAD_USER_INPUT']);
    const theirs = await same('query($id: Int!) { participant(id: $id) { id fullName } }', { id: theirPerson }, f.as.manager);
    expect(theirs).toEqual({ data: { participant: null } });
    const viewerWrites = await same('mutation($id: Int!) { deleteParticipant(id: $id, version: 1) }', { id: ourPerson }, f.as.viewer);
    expect(codes(viewerWrites)).toEqual(['FORBIDDEN']);
    const anonymous = await same('{ participants(first: 1) { totalCount } }', undefined, f.as.anonymous);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const moneyRefused = await same(
      'mutation($i: FundingInput!) { setFunding(input: $i) { id } }',
      { i: { fiscalYear: 2026, centralAmount: -5, exchangeCapPercent: 10, decisionRef: 'x' } },
      f.as.province,
    );
    expect(codes(moneyRefused)).toEqual(['BAD_USER_INPUT']);
  });

  it('a string literal that graphql-jit would turn into code stays a string (graphql-js executes that document)', async () => {
    const injected = globalThis as { p135Injected?: number };
    // graphql-jit 0.8.9 writes literal arguments into its generated code and turns "__MAGIC_DATE__<x>" back into `new Date(<x>)`.
    const code = '0), x: (globalThis.p135Injected = 1';
    const written = `__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d${code}`;
    // The same string with GraphQL escapes for its first characters, which the parser decodes.
    const escaped = `\\u005F\\u005FMAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d${code}`;
    for (const literal of [written, escaped]) {
      const answer = await same(`{ participants(first: 5, filter: { search: "${literal}" }) { totalCount edges { node { id } } } }`, undefined, f.as.manager);
      expect(answer).toEqual({ data: { participants: { totalCount: 0, edges: [] } } });
    }
    expect(injected.p135Injected).toBeUndefined();
    const operations = new CompiledOperations(await buildPortalSchema(), 10);
    expect(operations.get(parse(`{ participants(first: 5, filter: { search: "${written}" }) { totalCount } }`), undefined)).toBeNull();
  });

  it('the portal answers through the compiled operations, and GRAPHQL_EXECUTOR=graphql-js does not', async () => {
    const compiledGets = vi.spyOn(CompiledOperations.prototype, 'get');
    try {
      await graphqlJs.graphql('{ participants(first: 1) { totalCount } }', undefined, f.as.manager);
      expect(compiledGets).not.toHaveBeenCalled();
      await f.server.graphql('{ participants(first: 1) { totalCount } }', undefined, f.as.manager);
      expect(compiledGets).toHaveBeenCalledTimes(1);
      expect(compiledGets.mock.results[0].value).not.toBeNull();
    } finally {
      compiledGets.mockRestore();
    }
  });

  it('the root fields of a mutation run one after the other, as the specification says', async () => {
    const input = {
      fullName: 'Đào Văn Khiếu',
      gender: 'MALE',
      birthYear: 1985,
      ethnicGroupCode: '08',
      category: 'RESIDENT',
      communeId: f.lamBinhCommunes[1].id,
    };
    const read = await f.server.graphql<{ participant: { version: number } }>(
      'query($id: Int!) { participant(id: $id) { version } }',
      { id: secondPerson },
      f.as.manager,
    );
    const version = read.data!.participant.version;
    // The second update quotes the version the first one makes: it is refused (CONFLICT) unless the first has finished.
    const both = await f.server.graphql(
      `mutation($id: Int!, $v1: Int!, $v2: Int!, $input: ParticipantInput!, $later: ParticipantInput!) {
        first: updateParticipant(id: $id, version: $v1, input: $input) { version }
        second: updateParticipant(id: $id, version: $v2, input: $later) { version }
      }`,
      { id: secondPerson, v1: version, v2: version + 1, input, later: { ...input, birthYear: 1986 } },
      f.as.manager,
    );
    expect(both).toEqual({ data: { first: { version: version + 1 }, second: { version: version + 2 } } });
  });

  it('an input that leaves out a field with a default gets the default (graphql-jit alone would refuse it)', async () => {
    const created = await f.server.graphql<{ createCommune: { p135Status: string } }>(
      'mutation($input: CreateCommuneInput!) { createCommune(input: $input) { code p135Status } }',
      { input: { districtId: f.lamBinh.id, code: '99991', name: 'Xã Thử', type: 'COMMUNE' } },
      f.as.province,
    );
    expect(created).toEqual({ data: { createCommune: { code: '99991', p135Status: 'NONE' } } });
  });
});

describe('compiled operations', () => {
  it('every operation the web portal sends compiles (none falls back to graphql-js)', async () => {
    const operations = new CompiledOperations(await buildPortalSchema(), 1_000);
    const documents = Object.values(webDocuments).filter((value): value is DocumentNode => (value as DocumentNode)?.kind === Kind.DOCUMENT);
    expect(documents.length).toBeGreaterThan(50);
    const refused = documents.flatMap((document) =>
      document.definitions
        .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
        .map((d) => d.name?.value)
        .filter((name) => operations.get(document, name) === null),
    );
    expect(refused).toEqual([]);
  });

  it('leaves a document of more than 200 field selections to graphql-js (compiling one costs ~30 ms)', async () => {
    const operations = new CompiledOperations(await buildPortalSchema(), 10);
    const aliased = (n: number) => parse(`{ ${Array.from({ length: n }, (_, i) => `a${i}: activeYears`).join(' ')} }`);
    expect(operations.get(aliased(MAX_COMPILED_FIELDS), undefined)).not.toBeNull();
    expect(operations.get(aliased(MAX_COMPILED_FIELDS + 1), undefined)).toBeNull();
  });

  it('keeps at most its limit, the least recently used going first', async () => {
    const operations = new CompiledOperations(await buildPortalSchema(), 2);
    const [a, b, c] = ['{ activeYears }', '{ me { username } }', '{ ethnicGroups { code } }'].map((q) => parse(q));
    const first = operations.get(a, undefined);
    expect(operations.get(a, undefined)).toBe(first);
    operations.get(b, undefined);
    operations.get(a, undefined); // a is now the most recently used: b goes when c comes
    operations.get(c, undefined);
    expect(operations.get(a, undefined)).toBe(first);
    expect(operations.size).toBe(2);
    operations.get(b, undefined); // c goes
    operations.get(c, undefined); // a goes, and is compiled afresh when asked again
    expect(operations.get(a, undefined)).not.toBe(first);
    expect(operations.size).toBe(2);
  });
});
