import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Tests that need MariaDB itself (outages, crash recovery, soak) are named *.mysql.test.ts: they run in
// the MySQL pass (TEST_MYSQL_URL set, as CI does) and are left out of the SQLite pass.
const mysqlOnly = process.env.TEST_MYSQL_URL ? [] : ['test/**/*.mysql.test.ts'];
// The Galera cluster suite starts its own cluster and runs once, through `npm run test:cluster` (vitest.cluster.config.ts).
const clusterSuite = ['test/cluster/**'];

export default defineConfig({
  // type-graphql loads graphql's CommonJS build; tests must use the same copy or schema types clash across realms.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    // Two projects: the server's tests in node, the web portal's component tests in a browser-like DOM.
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...mysqlOnly, ...clusterSuite],
          environment: 'node',
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 120_000,
          setupFiles: ['test/helpers/setup.ts'],
          env: { NODE_ENV: 'test' },
        },
      },
      {
        extends: true,
        plugins: [vue()],
        test: { name: 'web', include: ['web/src/**/*.test.ts'], environment: 'happy-dom' },
      },
    ],
  },
});
