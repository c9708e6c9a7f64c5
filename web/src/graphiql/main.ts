import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import './graphiql.css';
import { EXAMPLE_TABS } from './examples';

/**
 * GraphiQL for /graphql, a separate page (web/graphiql.html) so the Vue portal never loads React.
 * graphiql 4 edits with CodeMirror 5: no web workers and no eval, so the server's same-origin-only
 * content security policy needs no exception. Requests carry the session cookie (same origin) and the
 * CSRF-prevention header; a header typed in the Headers tab (e.g. Authorization: ApiKey …) is added.
 */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...(options?.headers ?? {}), 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(params),
  });
  return response.json();
};

createRoot(document.getElementById('graphiql') as HTMLElement).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: EXAMPLE_TABS,
    defaultHeaders: '{}',
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  }),
);
