import { mount, flushPromises } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { ApolloClient, ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client/core';
import { createCache } from './apollo';
import { DefaultApolloClient } from '@vue/apollo-composable';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { createPortalI18n } from './i18n';

/** A fake server: answers each operation with what `answer` returns, and remembers what was asked. */
export function fakeServer(answer: (op: Operation) => FetchResult) {
  const operations: Operation[] = [];
  const link = new ApolloLink(
    (op) =>
      new Observable((observer) => {
        operations.push(op);
        observer.next(answer(op));
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: createCache() });
  return { client, operations };
}

/** A router over an empty page, at `url`: pages read and write their query (the picked year, filters) through it. */
export function testRouter(url = '/'): Router {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:rest(.*)*', component: { render: () => null } }] });
  void router.push(url);
  return router;
}

/** Mounts a component with the portal's plugins (Element Plus, i18n in the given language, a router) and a fake Apollo client. */
export function mountPortal(
  component: Component,
  client: ApolloClient<unknown>,
  props: Record<string, unknown> = {},
  locale: 'vi' | 'en' = 'en',
  router: Router = testRouter(),
) {
  return mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [ElementPlus, createPortalI18n(locale), router], provide: { [DefaultApolloClient]: client } },
  });
}

export { flushPromises };
