import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { ErrorCode } from '../shared/errors';

/**
 * An operation refused as a whole for RATE_LIMITED (a throttled sign-in, a full queue of password
 * checks) answers HTTP 429 with Retry-After, as the HTTP rate limit does, so clients and load balancers
 * see "slow down". An operation that also returned data keeps 200: part of it was served.
 */
export const rateLimitedStatusPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const waits = (errors ?? []).map((error) => (error.extensions?.code === ErrorCode.RATE_LIMITED ? Number(error.extensions.retryAfterSeconds) : NaN));
        if (data != null || waits.length === 0 || waits.some(Number.isNaN)) return;
        response.http.status = 429;
        response.http.headers.set('retry-after', String(Math.max(1, ...waits)));
      },
    };
  },
};
