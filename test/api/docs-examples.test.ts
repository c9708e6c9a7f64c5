import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { issueApiKey, type IssuedKey } from '../helpers/api-keys';

const DOC = fs.readFileSync('docs/API.md', 'utf8');

interface Example {
  title: string;
  body: unknown;
  auth: 'ApiKey' | 'Bearer' | 'none';
}

/** The ```graphql blocks marked `# example`, sent with a district key. */
function graphqlExamples(): Example[] {
  return [...DOC.matchAll(/```graphql\n# example\n([\s\S]*?)```/g)].map((match) => ({
    title: match[1].split('\n')[0],
    body: { query: match[1] },
    auth: 'ApiKey',
  }));
}

/** Every `curl … -d '<json>'` of the ```sh blocks, with the credentials it names. */
function curlExamples(): Example[] {
  const blocks = [...DOC.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1].replace(/\\\n\s*/g, ' '));
  return blocks.flatMap((block) =>
    block
      .split('\n')
      .filter((line) => line.includes('curl') && line.includes("-d '"))
      .map((line): Example => {
        const payload = /-d '([^']*)'/.exec(line)![1];
        const auth = line.includes('ApiKey $P135_KEY') ? 'ApiKey' : line.includes('Bearer $TOKEN') ? 'Bearer' : 'none';
        return { title: payload.slice(0, 60), body: JSON.parse(payload), auth };
      }),
  );
}

/** A third party with a district key can follow docs/API.md alone: every example there runs without errors. */
describe('the examples of docs/API.md', () => {
  let f: TenantFixture;
  let key: IssuedKey;

  beforeAll(async () => {
    f = await tenantFixture();
    key = await issueApiKey(f.server, f.as.province, 'Tài liệu', f.lamBinh.id);
  });
  afterAll(() => f.close());

  const credentials = (auth: Example['auth']): Headers => (auth === 'ApiKey' ? key.headers : auth === 'Bearer' ? f.as.manager : {});

  it('has examples of both kinds, for keys and for tokens', () => {
    expect(graphqlExamples().length).toBeGreaterThanOrEqual(3);
    expect(
      curlExamples()
        .map((e) => e.auth)
        .sort(),
    ).toEqual(['ApiKey', 'ApiKey', 'ApiKey', 'Bearer', 'none']);
  });

  it.each([...graphqlExamples(), ...curlExamples()].map((e) => [e.title, e] as const))('runs %s', async (_title, example) => {
    const response = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credentials(example.auth) },
      body: JSON.stringify(example.body),
    });
    expect(response.status).toBe(200);
    const answers = [await response.json()].flat() as { data?: unknown; errors?: unknown }[];
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toBeTruthy();
    }
  });

  it('the answer shown for `me` is the one a district key gets', async () => {
    const { data } = await f.server.graphql<{ me: Record<string, unknown> }>('{ me { kind role district { code name } canWrite } }', {}, key.headers);
    expect(DOC).toContain(`"kind":"${data?.me.kind}","name":"…","role":"${data?.me.role}","district":{"code":"071","name":"Lâm Bình"},"canWrite":false`);
  });
});
