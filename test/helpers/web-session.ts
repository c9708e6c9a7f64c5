import type { TestServer } from './server';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';

/** Signs in the way the web portal does and answers the session cookie the browser would keep, with its Set-Cookie line. */
export async function webSignIn(server: TestServer, username: string, password = DEMO_PASSWORD): Promise<{ cookie: string; setCookie: string }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: username, p: password } }),
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  if (!setCookie.startsWith('p135_session=')) throw new Error(`web sign-in of ${username} failed: ${await response.text()}`);
  return { cookie: setCookie.split(';')[0], setCookie };
}
