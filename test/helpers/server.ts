import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createApp, type AppSettings } from '../../server/src/app';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  /** POSTs a GraphQL operation and returns the parsed JSON body. */
  graphql: <T = unknown>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;
  /** Signs in and returns the headers that carry the session for later requests. */
  signIn: (username: string, password?: string) => Promise<Record<string, string>>;
  close: () => Promise<void>;
}

/**
 * Every test talks from 127.0.0.1, so the per-address allowance is raised far above what a test file
 * sends; the rate-limit tests pass their own tiny limits in `overrides`.
 */
const TEST_RATE_LIMIT = { perKey: 100_000, perAddress: 100_000, windowMs: 60_000, redisKeyPrefix: 'p135:test:' };

/** The real HTTP app on an ephemeral port of the loopback interface. */
export async function startTestServer(db: DataSource, overrides: Partial<AppSettings> = {}): Promise<TestServer> {
  const { app, stop } = await createApp(db, {
    env: 'test',
    tokenSecret: 'test-secret-of-at-least-32-characters!',
    tokenTtlSeconds: 600,
    rateLimit: TEST_RATE_LIMIT,
    ...overrides,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const testServer: TestServer = {
    url,
    async graphql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    async signIn(username, password = DEMO_PASSWORD) {
      const result = await testServer.graphql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!result.data) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(result.errors)}`);
      return { authorization: `Bearer ${result.data.login.token}` };
    },
    async close() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await stop();
    },
  };
  return testServer;
}
