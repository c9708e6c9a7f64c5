import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, parse } from 'graphql';
import { tenantFixture, codes, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { startTestServer, type TestServer } from '../helpers/server';
import { issueApiKey, type IssuedKey } from '../helpers/api-keys';
import { buildPortalSchema } from '../../server/src/schema';
import { operationCost } from '../../server/src/graphql/query-limits';
import { DEFAULT_QUERY_LIMITS, loadConfig } from '../../server/src/config';
import { webSignIn } from '../helpers/web-session';

interface Answer {
  status: number;
  statements: number;
  headers: globalThis.Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } & unknown[];
}

/** Ten levels: participants › edges › node › attendances › activity › attendances › participant › commune › district › name. */
const TOO_DEEP = '{ participants { edges { node { attendances { activity { attendances { participant { commune { district { name } } } } } } } } } }';
/** Eight levels, but every participant's attendances' activity's attendances: 200 × 10 × 10 rows. */
const TOO_COSTLY = '{ participants(first: 200) { edges { node { attendances { activity { attendances { participant { fullName } } } } } } } }';

const INTROSPECTION = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true });
/** `n` aliased copies of `selection` in one query. */
const aliased = (n: number, selection: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;
/** `n` province reports of different years in one query. */
const REPORTS = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `r${i}: provinceReport(fiscalYear: ${2020 + i}) { total { peopleTrained } }`).join(' ')} }`;

/** A third party cannot hurt the service: oversized, too deep or too costly requests are refused before they run. */
describe('query limits and HTTP safety', () => {
  let f: TenantFixture;
  let key: IssuedKey;

  beforeAll(async () => {
    f = await tenantFixture();
    key = await issueApiKey(f.server, f.as.province, 'Nhà tài trợ', f.lamBinh.id);
  });
  afterAll(() => f.close());

  async function post(body: unknown, headers: Headers = {}, server: TestServer = f.server): Promise<Answer> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      statements: Number(response.headers.get('x-sql-statements')),
      headers: response.headers,
      body: (await response.json()) as Answer['body'],
    };
  }

  it('an accepted query from a key costs SQL (identifying the key, then reading), so counting statements means something', async () => {
    const answer = await post({ query: '{ participants { totalCount } }' }, key.headers);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.statements).toBeGreaterThanOrEqual(2);
  });

  it('refuses a too-deep query with QUERY_TOO_COMPLEX before any SQL runs', async () => {
    for (const headers of [key.headers, f.as.province]) {
      const answer = await post({ query: TOO_DEEP }, headers);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', depth: 10, maxDepth: DEFAULT_QUERY_LIMITS.maxDepth });
      expect(answer.statements).toBe(0);
    }
  });

  it('refuses a too-costly query with its cost and the limit, before any SQL runs', async () => {
    const answer = await post({ query: TOO_COSTLY }, key.headers);
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ cost: 64_600, maxCost: DEFAULT_QUERY_LIMITS.maxCost });
    expect(answer.statements).toBe(0);
  });

  it('weighs each request’s variables: a query accepted with a small page is still refused with a costly one', async () => {
    const query = 'query($n: Int!) { participants(first: $n) { edges { node { attendances { activity { attendances { participant { fullName } } } } } } } }';
    const small = await post({ query, variables: { n: 2 } }, key.headers);
    expect(small.body.errors).toBeUndefined();
    const costly = await post({ query, variables: { n: 200 } }, key.headers);
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 64_600 });
    expect(costly.statements).toBe(0);
    const again = await post({ query, variables: { n: 200 } }, key.headers);
    expect(again.status).toBe(400);
    expect((await post({ query, variables: { n: 2 } }, key.headers)).body.errors).toBeUndefined();
  });

  it('weighs a connection by the page size asked for (50 when not given), and pages stay limited to 200', async () => {
    const schema = await buildPortalSchema();
    const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), undefined, variables);
    expect(cost('{ participants { edges { node { id } } } }')).toBe((1 + 1 + 1 + 1) * 50);
    expect(cost('query($n: Int!) { participants(first: $n) { edges { node { id } } } }', { n: 10 })).toBe(4 * 10);
    expect(cost('{ participants(first: 200) { totalCount } }')).toBe(2 * 200);
    expect(cost('{ districts { communes { name } } }')).toBe((1 + (1 + 1) * 10) * 10);
    const tooBig = await post({ query: '{ participants(first: 201) { totalCount } }' }, key.headers);
    expect(codes(tooBig.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers introspection to signed-in users and keys; GraphiQL’s introspection query fits the limits and counts in the cost', async () => {
    for (const headers of [f.as.province, f.as.viewer, key.headers]) {
      const answer = await post({ query: INTROSPECTION }, headers);
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
    }
    // The portal's GraphiQL page (web/src/graphiql) sends the session cookie, not a header
    const { cookie } = await webSignIn(f.server, 'huyen-071');
    expect(cookie).toMatch(/^p135_session=./);
    const graphiql = await post({ query: INTROSPECTION }, { cookie, 'apollo-require-preflight': 'true' });
    expect(graphiql.status).toBe(200);
    expect(graphiql.body.errors).toBeUndefined();
    const schema = await buildPortalSchema();
    expect(operationCost(schema, parse(INTROSPECTION), undefined, undefined)).toBe(8_880);
    // graphql-js's MaxIntrospectionDepthRule, applied by Apollo, stops nested `fields` explosions
    const deepFields = '{ __schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } }';
    const explosion = await post({ query: deepFields }, f.as.province);
    expect(explosion.body.errors?.[0]).toMatchObject({ message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(explosion.statements).toBe(0);
  });

  it('refuses introspection to an anonymous caller with 401 and no SQL; `__typename` stays open', async () => {
    for (const query of [INTROSPECTION, '{ __type(name: "Participant") { name } }']) {
      const answer = await post({ query });
      expect(answer.status).toBe(401);
      expect(codes(answer.body)).toEqual(['UNAUTHENTICATED']);
      expect(answer.body.data).toBeUndefined();
      expect(answer.statements).toBe(0);
    }
    const bad = await post({ query: INTROSPECTION }, { authorization: 'Bearer not-a-token' });
    expect(bad.status).toBe(401);
    expect(await post({ query: '{ __typename }' })).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('answers anonymous introspection when INTROSPECTION=public', async () => {
    const open = await startTestServer(f.db, { queryLimits: { ...DEFAULT_QUERY_LIMITS, introspection: 'public' } });
    try {
      const response = await fetch(`${open.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: INTROSPECTION }),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    } finally {
      await open.close();
    }
    expect(loadConfig({ NODE_ENV: 'test' }).queryLimits.introspection).toBe('signed-in');
    expect(loadConfig({ NODE_ENV: 'test', INTROSPECTION: 'public' }).queryLimits.introspection).toBe('public');
    expect(() => loadConfig({ NODE_ENV: 'test', INTROSPECTION: 'everyone' })).toThrow(/INTROSPECTION must be public or signed-in/);
  });

  it('refuses more than 100 aliases, even of introspection from a signed-in admin, before any SQL runs', async () => {
    const hundred = await post({ query: aliased(100, 'me { kind }') }, key.headers);
    expect(hundred.body.errors).toBeUndefined();
    for (const query of [aliased(101, 'me { kind }'), aliased(1_400, '__schema { types { name fields { name } } }')]) {
      for (const headers of [f.as.anonymous, f.as.province]) {
        const answer = await post({ query }, headers);
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxAliases: 100 });
        expect(answer.statements).toBe(0);
      }
    }
    // Aliases written in a fragment count as well
    const inFragment = await post({ query: `{ ...F } fragment F on Query { ${aliased(101, 'me { kind }').slice(1, -1)} }` }, key.headers);
    expect(inFragment.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', aliases: 101, maxAliases: 100 });
  });

  it('refuses a document of more than 100 fragments (a chain of 2,000 overflowed the stack: a 500) before any SQL runs', async () => {
    const chain = (n: number) =>
      `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F${n} on Query { me { kind } }`;
    for (const n of [2_000, 100]) {
      const answer = await post({ query: chain(n) }, key.headers);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', fragments: n + 1, maxFragments: 100 });
      expect(answer.statements).toBe(0);
    }
    expect((await post({ query: chain(99) }, key.headers)).body).toEqual({ data: { me: { kind: 'API_KEY' } } });
  });

  it('refuses more than 1,000 field selections before any SQL runs; graphql-js bounds one field repeated thousands of times', async () => {
    const fields = (n: number) => `{ me { ${'kind '.repeat(n)} } districts { ${'code '.repeat(n)} } }`;
    const answer = await post({ query: fields(500) }, key.headers);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', fields: 1_002, maxFields: 1_000 });
    expect(answer.statements).toBe(0);
    expect((await post({ query: fields(499) }, key.headers)).body.errors).toBeUndefined();
    // Comparing every pair of 5,000 repeats would take seconds: graphql-js's OverlappingFieldsCanBeMerged stops at its budget
    const repeated = await post({ query: `{ me { ${'kind '.repeat(5_000)} } }` }, key.headers);
    expect(repeated.status).toBe(400);
    expect(repeated.body.errors?.[0]).toMatchObject({ message: 'Validation aborted.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(repeated.statements).toBe(0);
  });

  it('counts introspection in the cost: three aliased full introspections are refused', async () => {
    const operation = INTROSPECTION.slice(0, INTROSPECTION.indexOf('fragment'));
    const selection = operation.slice(operation.indexOf('__schema'), operation.lastIndexOf('}'));
    const query = `query { ${Array.from({ length: 3 }, (_, i) => `s${i}: ${selection}`).join(' ')} } ${INTROSPECTION.slice(INTROSPECTION.indexOf('fragment'))}`;
    const answer = await post({ query }, f.as.province);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 3 * 8_880, maxCost: 25_000 });
    expect(answer.statements).toBe(0);
    expect((await post({ query: query.replace(/s2: __schema[\s\S]*?(?=\} fragment)/, '') }, f.as.province)).body.errors).toBeUndefined();
  });

  it('weighs reports and roll-ups by what they cost, and runs at most 5 of them per request', async () => {
    const schema = await buildPortalSchema();
    const cost = (query: string) => operationCost(schema, parse(query), undefined, undefined);
    expect(cost('{ provinceReport(fiscalYear: 2025) { fiscalYear } }')).toBe(1_000 + 1);
    expect(cost('{ rollup(fiscalYear: 2025, groupBy: [GENDER]) { peopleTrained } }')).toBe((1_000 + 1) * 10);
    expect(cost('{ budget(fiscalYear: 2025) { funded } }')).toBe(200 + 1);

    const five = await post({ query: REPORTS(5) }, f.as.province);
    expect(five.body.errors).toBeUndefined();
    expect(five.statements).toBeGreaterThan(0);
    const six = await post({ query: REPORTS(6) }, f.as.province);
    expect(six.status).toBe(400);
    expect(six.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', heavyRoots: 6, maxHeavyRoots: 5 });
    expect(six.statements).toBe(0);
    const mixed = await post(
      {
        query:
          '{ a: provinceReport(fiscalYear: 2025) { fiscalYear } b: budget(fiscalYear: 2025) { funded } c: budget(fiscalYear: 2024) { funded } ' +
          'd: rollup(fiscalYear: 2025, groupBy: [GENDER]) { peopleTrained } e: rollup(fiscalYear: 2024, groupBy: [GENDER]) { peopleTrained } ' +
          'f: provinceReport(fiscalYear: 2024) { fiscalYear } }',
      },
      f.as.province,
    );
    expect(mixed.body.errors?.[0].extensions).toMatchObject({ heavyRoots: 6 });
  });

  it('counts a batch’s operations together: heavy roots, aliases and cost are bounded per request', async () => {
    const reports = await post([{ query: REPORTS(3) }, { query: REPORTS(3) }], f.as.province);
    expect(reports.status).toBe(400); // Apollo gives a batch the refused operation's status; the admitted one still carries its data
    expect(reports.body).toHaveLength(2);
    expect(reports.body[0]).toMatchObject({ data: { r0: { total: { peopleTrained: 0 } } } });
    expect((reports.body[1] as Answer['body']).errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', heavyRoots: 6, maxHeavyRoots: 5 });

    const aliases = await post(
      Array.from({ length: 3 }, () => ({ query: aliased(40, 'me { kind }') })),
      key.headers,
    );
    expect(aliases.body.map((one) => codes(one as { errors?: [] }))).toEqual([[], [], ['QUERY_TOO_COMPLEX']]);
    expect((aliases.body[2] as Answer['body']).errors?.[0]).toMatchObject({
      message: 'The batch holds 120 aliased fields; the limit is 100',
      extensions: { aliases: 120 },
    });

    // 9,690 each: two fit in 25,000, the third does not
    const query = 'query($n: Int!) { participants(first: $n) { edges { node { attendances { activity { attendances { participant { fullName } } } } } } } }';
    const costly = await post(
      Array.from({ length: 3 }, () => ({ query, variables: { n: 30 } })),
      key.headers,
    );
    expect(costly.body.map((one) => codes(one as { errors?: [] }))).toEqual([[], [], ['QUERY_TOO_COMPLEX']]);
    expect((costly.body[2] as Answer['body']).errors?.[0].extensions).toMatchObject({ cost: 3 * 9_690, maxCost: 25_000 });
  });

  it('answers JSON nested deeper than 32 levels with 400 BAD_USER_INPUT before any SQL, not a 500', async () => {
    const query = 'query($f: ParticipantFilter) { participants(filter: $f) { totalCount } }';
    const nested = (levels: number) => `{"query":${JSON.stringify(query)},"variables":{"f":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}}`;
    for (const levels of [50_000, 31]) {
      const answer = await post(nested(levels), key.headers);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'variables', messageKey: 'errors.jsonTooDeep', params: { max: 32 } },
      });
      expect(answer.statements).toBe(0);
    }
    // 30 levels under `f` is 32 in all: through to GraphQL, which refuses the unknown field `a` itself
    const deepest = await post(nested(30), key.headers);
    expect(deepest.status).toBe(400);
    expect(codes(deepest.body)).toEqual(['BAD_USER_INPUT']);
    expect(deepest.body.errors?.[0].message).toMatch(/Field "a" is not defined/);
  });

  it('runs a batch of up to 10 operations and refuses a larger one before any runs', async () => {
    const ten = await post(
      Array.from({ length: 10 }, () => ({ query: '{ me { kind } }' })),
      key.headers,
    );
    expect(ten.status).toBe(200);
    expect(ten.body).toHaveLength(10);
    expect(ten.body.every((one) => (one as { data?: unknown }).data)).toBe(true);
    const eleven = await post(
      Array.from({ length: 11 }, () => ({ query: '{ me { kind } }' })),
      key.headers,
    );
    expect(eleven.status).toBe(400);
    expect(eleven.body.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', operations: 11, maxOperations: 10 });
    expect(eleven.statements).toBe(0);
  });

  it('refuses a body over 1 MiB with 413 and a GraphQL-shaped error, and a body that is not JSON with 400', async () => {
    const big = await post({ query: '{ me { kind } }', variables: { padding: 'x'.repeat(1024 * 1024) } }, key.headers);
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0]).toMatchObject({ message: 'The request body is larger than 1 MiB', extensions: { code: 'BAD_REQUEST' } });
    const broken = await post('{"query": ', key.headers);
    expect(broken.status).toBe(400);
    expect(codes(broken.body)).toEqual(['BAD_REQUEST']);
  });

  it('keeps Apollo’s CSRF prevention: a simple cross-site form post or a bare GET is refused', async () => {
    const formPost = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...f.as.province },
      body: JSON.stringify({ query: '{ districts { code } }' }),
    });
    expect(formPost.status).toBe(400);
    expect(await formPost.text()).toMatch(/CSRF/);
    const query = encodeURIComponent('{ districts { code } }');
    const bareGet = await fetch(`${f.server.url}/graphql?query=${query}`, { headers: key.headers });
    expect(bareGet.status).toBe(400);
    const preflightedGet = await fetch(`${f.server.url}/graphql?query=${query}`, { headers: { ...key.headers, 'apollo-require-preflight': 'true' } });
    expect(preflightedGet.status).toBe(200);
    expect(await preflightedGet.json()).toEqual({ data: { districts: [{ code: '071' }] } });
  });

  it('supports automatic persisted queries: the hash alone works once the query was sent with it', async () => {
    const query = '{ districts { code name } }';
    const persistedQuery = { version: 1, sha256Hash: crypto.createHash('sha256').update(query).digest('hex') };
    const unknown = await post({ extensions: { persistedQuery } }, key.headers);
    expect(codes(unknown.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await post({ query, extensions: { persistedQuery } }, key.headers);
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post({ extensions: { persistedQuery } }, key.headers);
    expect(byHash.body).toEqual({ data: { districts: [{ code: '071', name: 'Lâm Bình' }] } });
  });

  it('sends security headers whose content policy allows the portal’s own origin only', async () => {
    const answer = await post({ query: '{ me { kind } }' }, key.headers);
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(answer.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('allows browsers of listed origins only (CORS); none are listed by default', async () => {
    const preflight = (server: TestServer, origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    expect((await preflight(f.server, 'https://thongke.example')).headers.get('access-control-allow-origin')).toBeNull();
    const open = await startTestServer(f.db, { corsOrigins: ['https://thongke.example'] });
    try {
      const allowed = await preflight(open, 'https://thongke.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://thongke.example');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
      expect((await preflight(open, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });
});
