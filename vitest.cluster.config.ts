import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: the Galera suite (test/cluster), one file at a time against one private cluster
// of three nodes, three portal instances and HAProxy. Left out of `npm test` (vitest.config.ts).
export default defineConfig({
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    name: 'cluster',
    include: ['test/cluster/**/*.cluster.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 420_000,
    env: { NODE_ENV: 'test' },
  },
});
