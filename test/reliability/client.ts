import { DEMO_PASSWORD } from '../../seeds/demo-accounts';

export type Headers = Record<string, string>;

export interface Answer<T = Record<string, unknown>> {
  status: number;
  ms: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** Set when no HTTP answer came at all (connection refused or reset). */
  transportError?: string;
}

/** POSTs one GraphQL operation to `url` and times it; never throws. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Headers = {},
): Promise<Answer<T>> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as { data?: T | null; errors?: Answer['errors'] };
    return { status: response.status, ms: performance.now() - started, data: body.data, errors: body.errors };
  } catch (error) {
    return {
      status: 0,
      ms: performance.now() - started,
      transportError: error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error),
    };
  }
}

export function codeOf(answer: Answer<unknown>): string | null {
  if (answer.transportError) return 'TRANSPORT';
  return (answer.errors?.[0]?.extensions?.code as string | undefined) ?? null;
}

export async function signIn(url: string, username: string): Promise<Headers> {
  const answer = await gql<{ login: { token: string } }>(url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: username,
    p: DEMO_PASSWORD,
  });
  if (!answer.data?.login) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(answer.errors ?? answer.transportError)}`);
  return { authorization: `Bearer ${answer.data.login.token}` };
}

export const CREATE_PARTICIPANT = 'mutation($i: ParticipantInput!) { createParticipant(input: $i) { id version } }';

/** A valid participant of `communeId`, recognisable by `name`. */
export function participantInput(communeId: number, name: string): Record<string, unknown> {
  return { fullName: name, gender: 'FEMALE', birthYear: 1985, ethnicGroupCode: '02', category: 'RESIDENT', communeId };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
