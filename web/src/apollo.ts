import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import type { Router } from 'vue-router';
import { uiLanguage } from './i18n';

/**
 * The year's report, its rows and the budget have no id, so Apollo keeps each inside the root field that answered it.
 * Several queries ask different parts of the same year's report (the dashboards its figures, the year locks its
 * districts' records): merged field by field, one answer does not erase what another query cached.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies: { ProvinceReport: { merge: true }, ReportRow: { merge: true }, Budget: { merge: true } } });
}

/**
 * The session is the httpOnly cookie the server sets on `login`: the browser sends it with
 * same-origin requests and no token is ever visible to scripts. One error link sends any
 * UNAUTHENTICATED answer back to the sign-in page.
 */
export function createApollo(router: Router, onSignedOut: () => void) {
  const signedOut = onError(({ graphQLErrors }) => {
    if (graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      onSignedOut();
      const current = router.currentRoute.value;
      if (current.name !== 'sign-in') void router.push({ name: 'sign-in', query: { next: current.fullPath, expired: '1' } });
    }
  });
  // The server words its refusals in the language the page is in.
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'accept-language': uiLanguage() } }));
    return forward(operation);
  });
  return new ApolloClient({
    link: from([signedOut, language, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
      query: { fetchPolicy: 'network-only' },
    },
  });
}
