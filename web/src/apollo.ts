import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import type { Router } from 'vue-router';

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
  return new ApolloClient({
    link: from([signedOut, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
      query: { fetchPolicy: 'network-only' },
    },
  });
}
