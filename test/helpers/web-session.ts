import type { TestServer } from './server';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';

/** Signs in the way the web portal does and answers the session cookie the browser would keep, with its Set-Cookie line. */
export async function webSignIn(server: TestServer, username: string, password = DEMO_PASSWORD): Promise<{ cookie: string; setCookie: string }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  // A sign-in also sets the device cookie (auth/device-cookie.ts): pick the session's line.
  const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('p135_session=')) ?? '';
  if (!setCookie) throw new Error(`web sign-in of ${username} failed: ${await response.text()}`);
  return { cookie: setCookie.split(';')[0], setCookie };
}
