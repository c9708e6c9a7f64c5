import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { isDatabaseUnavailable } from '../db/unavailable';

/**
 * A request that failed because the database is away answers HTTP 503 (with SERVICE_UNAVAILABLE in the
 * body, see format-error.ts), so load balancers and clients see "retry later" rather than 200 or 500.
 * The errors here are the originals, before formatError masks them.
 */
export const outageStatusPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, response }) {
        if (errors.some((error) => isDatabaseUnavailable(error))) response.http.status = 503;
      },
    };
  },
};
