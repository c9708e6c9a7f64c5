import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';

/**
 * Reports how many SQL statements the request cost in the `x-sql-statements` response header
 * (tests assert it stays flat as pages grow; the benchmark reports it). It reveals no data.
 */
export const statementCountPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const counter = contextValue.res?.locals.sql as { statements: number } | undefined;
        if (counter) response.http.headers.set('x-sql-statements', String(counter.statements));
      },
    };
  },
};
