import { createHash } from 'node:crypto';
import { Kind, type DocumentNode, type GraphQLError, type FormattedExecutionResult, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { RequestContext } from './context';
import { KEY_FORMAT, currentRequestKey, type RequestKey } from '../idempotency/request-key';
import { KEY_LIFETIME_DAYS, MAX_ANSWER_CHARS, MAX_KEYS_PER_ACCOUNT, lookUp, saveAnswer } from '../idempotency/key-store';
import { idempotencyAnswerNotKept, idempotencyInProgress, idempotencyKeyInvalid, idempotencyKeyLimit, idempotencyKeyReused } from '../shared/errors';
import { logger } from '../logger';

/**
 * Idempotency-Key on POST /graphql (docs/API.md, issue #19): a mutation sent again with the same key gets
 * the first answer instead of running twice. The key is checked before anything runs (no SQL), looked up
 * once the query limits admitted the operation and identified the caller, inserted by the mutation's own
 * write transaction (idempotency/request-key.ts), and given its answer when the operation has executed.
 * Requests without the header pass every hook untouched and cost no statement more.
 */
export const idempotencyPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    const state = currentRequestKey();
    if (!state) return;
    return {
      async didResolveOperation({ document, operation, contextValue }) {
        if (!KEY_FORMAT.test(state.header)) throw idempotencyKeyInvalid('errors.idempotencyKeyMalformed');
        if (!operation) return; // Apollo answers a missing operation itself
        if (!oneMutation(document, operation) || Array.isArray(contextValue.req?.body)) throw idempotencyKeyInvalid('errors.idempotencyKeyMutationOnly');
      },

      // Apollo's hook for answering without executing. Anonymous callers and API keys run on and are
      // refused by the mutation as without a key: keys belong to signed-in accounts.
      async responseForOperation({ contextValue, request, source, operationName }) {
        const caller = contextValue.session.scope.caller;
        if (caller?.kind !== 'user') return null;
        const keyed = { userId: caller.id, key: state.header, requestHash: requestHash(operationName, source, request.variables) };
        const found = await lookUp(contextValue.session.db, keyed);
        switch (found.kind) {
          case 'new':
            state.pending = keyed;
            return null;
          case 'answered':
            return replay(JSON.parse(found.answer));
          case 'answerLost':
            return replay({ data: null, errors: [formatted(idempotencyAnswerNotKept())] });
          case 'reused':
            return refusal(idempotencyKeyReused());
          case 'inProgress':
            return refusal(idempotencyInProgress());
          case 'full':
            return refusal(idempotencyKeyLimit(MAX_KEYS_PER_ACCOUNT, KEY_LIFETIME_DAYS));
        }
      },

      // The answer is saved once execution ended, before willSendResponse (where x-sql-statements is read),
      // so the saving statement is counted with the request.
      async executionDidStart({ response, contextValue }) {
        return {
          async executionDidEnd(error) {
            if (error || !state.rowId || response.body?.kind !== 'single') return;
            await keepAnswer(contextValue, state, JSON.stringify(response.body.singleResult));
          },
        };
      },
    };
  },
};

/** One operation in the document, a mutation, with one root field (`__typename` aside). */
function oneMutation(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
  const roots = operation.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'));
  return operation.operation === 'mutation' && operations === 1 && roots.length === 1 && roots[0].kind === Kind.FIELD;
}

/** The request's fingerprint: operation name, query text and variables (keys sorted, so re-serialising a queued change keeps it). */
export function requestHash(operationName: string | null | undefined, query: string, variables: Record<string, unknown> | undefined): string {
  return createHash('sha256')
    .update(canonicalJson([operationName ?? null, query, variables ?? {}]))
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The first answer, again: HTTP 200 as it was first sent, marked as a replay. */
function replay(singleResult: FormattedExecutionResult): GraphQLResponse {
  return { http: { status: 200, headers: new HeaderMap([['idempotency-replayed', 'true']]) }, body: { kind: 'single', singleResult } };
}

/** A refusal answered from the hook: the error's own status, without its `http` extension (as Apollo does). */
function refusal(error: GraphQLError): GraphQLResponse {
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
  return { http: { status, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [formatted(error)] } } };
}

function formatted(error: GraphQLError): GraphQLFormattedError {
  const { http: _http, ...extensions } = error.extensions;
  return { message: error.message, extensions };
}

/**
 * A failure to save is logged, not answered: the change is stored and the client gets its answer now; a
 * repeat of the key meets IDEMPOTENCY_IN_PROGRESS until the key expires, never a second change.
 */
async function keepAnswer(context: RequestContext, state: RequestKey, answer: string): Promise<void> {
  const kept = answer.length <= MAX_ANSWER_CHARS ? answer : JSON.stringify({ data: null, errors: [formatted(idempotencyAnswerNotKept())] });
  try {
    await saveAnswer(context.session.db, state.rowId as string, kept);
  } catch (error) {
    logger.warn({ err: error }, 'the answer of an idempotent mutation could not be saved');
  }
}
