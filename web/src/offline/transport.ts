import type { GraphQLRequest, Refusal } from './changes';
import { uiLanguage } from '../i18n';

/**
 * What became of one send:
 *  - `done`: the server ran it, or had run it under this key and answered from its record;
 *  - `refused`: the server said no (CONFLICT, PERIOD_LOCKED, a budget or validation rule…): nothing was stored;
 *  - `signedOut`: the session is gone or revoked: nothing more is sent until the same account signs in again;
 *  - `later`: no answer (no signal, a timeout, a server error) or the key is still being worked on: send it again later.
 */
export type SendResult =
  { kind: 'done'; data: Record<string, unknown> } | { kind: 'refused'; refusal: Refusal } | { kind: 'signedOut' } | { kind: 'later'; reason: string };

export type Transport = (request: GraphQLRequest, idempotencyKey: string) => Promise<SendResult>;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** Reads an answer of POST /graphql (any status: the idempotency refusals come as 409 and 422 with a GraphQL body). */
export function readAnswer(status: number, body: GraphQLBody | null): SendResult {
  const error = body?.errors?.[0];
  const code = error?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return { kind: 'signedOut' };
  if (code === 'IDEMPOTENCY_IN_PROGRESS' || status === 409) return { kind: 'later', reason: 'IDEMPOTENCY_IN_PROGRESS' };
  if (error)
    return {
      kind: 'refused',
      refusal: { code: code ?? 'UNKNOWN', message: error.message, ...(error.extensions?.field ? { field: error.extensions.field } : {}) },
    };
  if (status >= 200 && status < 300 && body?.data) return { kind: 'done', data: body.data };
  return { kind: 'later', reason: `HTTP ${status}` };
}

/** The portal's own /graphql with the session cookie, in the page's language, one mutation per request. */
export const httpTransport: Transport = async (request, idempotencyKey) => {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'accept-language': uiLanguage(), 'idempotency-key': idempotencyKey },
      body: JSON.stringify(request),
    });
  } catch (e) {
    return { kind: 'later', reason: (e as Error).message };
  }
  const body = (await response.json().catch(() => null)) as GraphQLBody | null;
  return readAnswer(response.status, body);
};
