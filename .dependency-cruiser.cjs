/**
 * The floors of the server, lowest first; a file imports its own floor or a lower one, never a higher one
 * (README "Layout"). `npm run lint:layers` checks it in CI; a wrong import fails the build.
 *
 *   shared/ (repository root)  rules and messages shared by server and web: pure TypeScript
 *   server/src/shared          errors, messages, text, money, SQL dialect: helpers with no project imports
 *   server/src/domain          entities and their columns, roles and callers, the audit trail, the period guard
 *   infrastructure             config, logger, db, tenancy, auth, graphql, http, session, idempotency: what every feature uses
 *   server/src/modules         the features
 *   the composition root       app.ts, main.ts, schema.ts, print-schema.ts, shutdown.ts, cli/: wires features together
 *
 * Features also import each other in one direction only: a module may use the ones listed before it.
 */
const FEATURE_ORDER = ['reference', 'geography', 'accounts', 'audit', 'participants', 'boards', 'funding', 'activities', 'periods', 'reports', 'transfer'];

const INFRASTRUCTURE = '^server/src/(db|tenancy|auth|graphql|http|session|idempotency)/|^server/src/(config|logger)[.]ts$';
const ROOT = '^server/src/(app|main|schema|print-schema|shutdown)[.]ts$|^server/src/cli/';

const later = (i) => FEATURE_ORDER.slice(i + 1).join('|');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two files that import each other (directly or round a loop) cannot be read or tested apart.',
      // The message catalogue names its own type (`typeof import('./vi')`): not a loop between files.
      from: { path: '^(server|shared)/', pathNot: '^shared/messages/' },
      to: { circular: true },
    },
    {
      name: 'shared-rules-are-pure',
      severity: 'error',
      comment: 'shared/ is imported by the web too: it may not reach into the server.',
      from: { path: '^shared/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-shared-is-a-leaf',
      severity: 'error',
      comment: 'server/src/shared holds helpers every floor uses; it imports nothing of the project but shared/.',
      from: { path: '^server/src/shared/' },
      to: { path: '^server/src/(?!shared/)' },
    },
    {
      name: 'domain-stands-alone',
      severity: 'error',
      comment: 'The domain (entities, roles, audit trail, period guard) imports only the shared helpers.',
      from: { path: '^server/src/domain/' },
      to: { path: '^server/src/(?!domain/|shared/)' },
    },
    {
      name: 'infrastructure-knows-no-feature',
      severity: 'error',
      comment: 'db, tenancy, auth, graphql, http and session serve every feature: they never import one, nor the composition root.',
      from: { path: INFRASTRUCTURE },
      to: { path: `^server/src/modules/|${ROOT}` },
    },
    {
      name: 'features-under-the-root',
      severity: 'error',
      comment: 'Features are wired together by app.ts / schema.ts; they never import them.',
      from: { path: '^server/src/modules/' },
      to: { path: ROOT },
    },
    {
      name: 'features-through-the-session',
      severity: 'error',
      comment:
        "Features reach data through the request session (server/src/session): never the Scope, the transaction runner or the loaders directly, so every read is scoped by the entity's @Reach.",
      from: { path: '^server/src/modules/' },
      to: { path: '^server/src/(tenancy/|db/transactions[.]ts$|graphql/loaders[.]ts$)', dependencyTypesNot: ['type-only'] },
    },
    ...FEATURE_ORDER.slice(0, -1).map((feature, i) => ({
      name: `feature-order-${feature}`,
      severity: 'error',
      comment: `Features import each other in one direction (${FEATURE_ORDER.join(' < ')}): ${feature} may not import a later one.`,
      from: { path: `^server/src/modules/${feature}/` },
      to: { path: `^server/src/modules/(${later(i)})/` },
    })),
    {
      name: 'server-not-from-tests',
      severity: 'error',
      comment: 'Production code never imports tests, seeds of the test suite or benchmarks.',
      from: { path: '^server/src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};
