import type { TestServer } from './server';
import type { Headers } from './tenant-fixture';

export interface IssuedKey {
  id: number;
  prefix: string;
  secret: string;
  /** `Authorization: ApiKey <secret>`, ready to pass as request headers. */
  headers: Headers;
}

const CREATE_KEY = 'mutation($input: ApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix } } }';

/** Issues a key through the API as `issuer` (a district key when `districtId` is given, else a province key). */
export async function issueApiKey(server: TestServer, issuer: Headers, name: string, districtId: number | null = null): Promise<IssuedKey> {
  const result = await server.graphql<{ createApiKey: { secret: string; apiKey: { id: number; prefix: string } } }>(
    CREATE_KEY,
    { input: { name, districtId } },
    issuer,
  );
  if (!result.data) throw new Error(`creating the key "${name}" failed: ${JSON.stringify(result.errors)}`);
  const { secret, apiKey } = result.data.createApiKey;
  return { id: apiKey.id, prefix: apiKey.prefix, secret, headers: { authorization: `ApiKey ${secret}` } };
}
