import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, parse } from 'graphql';
import { tenantFixture, codes, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { startTestServer, type TestServer } from '../helpers/server';
import { issueApiKey, type IssuedKey } from '../helpers/api-keys';
import { buildPortalSchema } from '../../server/src/graphql/schema';
import { operationCost } from '../../server/src/graphql/query-limits';
import { DEFAULT_QUERY_LIMITS } from '../../server/src/config';

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
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: response.status, statements: Number(response.headers.get('x-sql-statements')), headers: response.headers, body: (await response.json()) as Answer['body'] };
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

  it('answers introspection: the API is public, and GraphiQL’s introspection query fits the limits', async () => {
    const answer = await post({ query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }) });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.statements).toBe(0);
    // graphql-js's MaxIntrospectionDepthRule, applied by Apollo, stops nested `fields` explosions
    const explosion = await post({ query: '{ __schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } }' });
    expect(explosion.body.errors?.[0]).toMatchObject({ message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(explosion.statements).toBe(0);
  });

  it('runs a batch of up to 10 operations and refuses a larger one before any runs', async () => {
    const ten = await post(Array.from({ length: 10 }, () => ({ query: '{ me { kind } }' })), key.headers);
    expect(ten.status).toBe(200);
    expect(ten.body).toHaveLength(10);
    expect(ten.body.every((one) => (one as { data?: unknown }).data)).toBe(true);
    const eleven = await post(Array.from({ length: 11 }, () => ({ query: '{ me { kind } }' })), key.headers);
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
    const formPost = await fetch(`${f.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', ...f.as.province }, body: JSON.stringify({ query: '{ districts { code } }' }) });
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
      fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
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
