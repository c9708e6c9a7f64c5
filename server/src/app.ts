import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { DataSource } from 'typeorm';
import { buildPortalSchema } from './schema';
import { compiledExecution } from './graphql/compiled-execution';
import type { RequestContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { withRequestLanguage } from './shared/language';
import type { Logger } from 'pino';
import { logger } from './logger';
import { accessLog } from './http/access-log';
import { statementCountPlugin } from './graphql/statement-count-plugin';
import { outageStatusPlugin } from './graphql/outage-plugin';
import { rateLimitedStatusPlugin } from './graphql/rate-limited-status';
import { inputHygienePlugin } from './graphql/input-hygiene';
import { queryLimitsPlugin } from './graphql/query-limits';
import { idempotencyPlugin } from './graphql/idempotency-plugin';
import { withRequestKey } from './idempotency/request-key';
import { startKeyPurge } from './idempotency/key-purge';
import { buildContext, identifyCaller } from './auth/build-context';
import type { AuthServices } from './auth/auth-services';
import { TokenService } from './auth/tokens';
import { SessionRevocations } from './auth/session-revocation';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordWork } from './auth/password-work';
import { DeviceCookies } from './auth/device-cookie';
import { checkDatabase } from './db/health';
import { startCounting } from './db/statement-counter';
import { transferRouter } from './modules/transfer/transfer.router';
import { reportRoutes } from './modules/reports/report.routes';
import { RateLimiter, createRateLimitStore, rateLimit } from './http/rate-limit';
import { BODY_LIMIT_BYTES, MAX_JSON_DEPTH, bodyErrors, limitBatch, limitJsonDepth } from './http/request-limits';
import { corsAllowList, securityHeaders } from './http/security';
import { refuseCrossSite } from './http/cross-site';
import { refuseMalformedSessionCookie } from './http/session-cookie-guard';
import { refuse } from './http/refuse';
import { refuseRest, restErrorHandler } from './http/rest-errors';
import { serveWebApp } from './http/web-app';
import {
  DEFAULT_QUERY_LIMITS,
  DEFAULT_RATE_LIMIT,
  DEFAULT_REPORT_ISSUER,
  DEFAULT_SIGN_IN,
  DEFAULT_TRUST_PROXY,
  DEFAULT_UPLOAD_TMP_DIR,
  DEFAULT_IMPORT_MAX_MB,
  type Config,
} from './config';
import { UploadSpool } from './modules/transfer/import/upload-spool';

export interface PortalApp {
  app: Express;
  stop: () => Promise<void>;
}

/** What the app needs of the configuration; the protection settings fall back to config.ts's defaults. */
export type AppSettings = Pick<Config, 'env' | 'tokenSecret' | 'tokenTtlSeconds'> &
  Partial<
    Pick<
      Config,
      | 'redisUrl'
      | 'corsOrigins'
      | 'rateLimit'
      | 'signIn'
      | 'trustProxy'
      | 'queryLimits'
      | 'countStatements'
      | 'graphqlExecutor'
      | 'uploadTmpDir'
      | 'importMaxBytes'
      | 'cookieSecure'
      | 'reportIssuer'
    >
  > & {
    /** Where the access log goes: the process logger unless a test reads its own. */
    logger?: Logger;
  };

/** Builds the HTTP application: GraphQL at /graphql and health at /healthz. */
export async function createApp(db: DataSource, settings: AppSettings): Promise<PortalApp> {
  const production = settings.env === 'production';
  const queryLimits = settings.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const rateLimits = settings.rateLimit ?? DEFAULT_RATE_LIMIT;
  const countStatements = settings.countStatements ?? !production;
  const signIn = settings.signIn ?? DEFAULT_SIGN_IN;
  const auth: AuthServices = {
    tokens: new TokenService(settings.tokenSecret, settings.tokenTtlSeconds),
    throttle: new LoginThrottle(signIn, settings.redisUrl ?? null),
    passwordWork: new PasswordWork(signIn.passwordWorkers, signIn.passwordQueue),
    devices: new DeviceCookies(settings.tokenSecret, signIn.historyDays, settings.cookieSecure ?? production),
    revocations: new SessionRevocations(),
    refuseDemoAccounts: production,
    secureCookies: settings.cookieSecure ?? production,
  };
  await auth.throttle.connected();
  const limiter = new RateLimiter(createRateLimitStore(settings.redisUrl ?? null, rateLimits.redisKeyPrefix), rateLimits);
  await limiter.ready();
  const schema = await buildPortalSchema();
  const apollo = new ApolloServer<RequestContext>({
    // graphql-jit executes, behind Apollo's executor hook (graphql/compiled-execution.ts), unless GRAPHQL_EXECUTOR says graphql-js.
    ...((settings.graphqlExecutor ?? 'compiled') === 'compiled' ? { gateway: compiledExecution(schema) } : { schema }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Introspection is answered to whom queryLimits.introspection allows (graphql/query-limits.ts). CSRF prevention stays on.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    // shutdown.ts owns SIGTERM. Apollo's own handler (on outside NODE_ENV=test) stops Apollo and re-raises the
    // signal, killing a production process before its requests in flight finish or its temporary files go.
    stopOnTerminationSignals: false,
    // Bounds the parser's work on a hostile document before validation and the limits see it.
    parseOptions: { maxTokens: 20_000 },
    // No cache hints are used, and Apollo's cache-control plugin would wrap every field's resolver:
    // disabling it bought ~20 % page throughput in the scale benchmark (docs/SCALING.md).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...(countStatements ? [statementCountPlugin] : []),
      outageStatusPlugin,
      rateLimitedStatusPlugin,
      inputHygienePlugin,
      queryLimitsPlugin(queryLimits, identifyCaller),
      idempotencyPlugin,
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const keyPurge = startKeyPurge(db);

  const app = express();
  app.disable('x-powered-by');
  // No ETag on JSON answers: GraphQL answers are POSTed (never revalidated), and hashing each one cost
  // page throughput (docs/SCALING.md, fourth round). The web app's static files keep theirs (http/web-app.ts).
  app.set('etag', false);
  // Set once, here: every reader of req.ip (rate limits, sign-in throttle, audit) sees the same client
  // address, taken from X-Forwarded-For only as far as TRUST_PROXY trusts the peers that added it.
  app.set('trust proxy', settings.trustProxy ?? DEFAULT_TRUST_PROXY);
  // First, so that every answer (refusals included) has its X-Request-Id and its access line.
  app.use(accessLog(settings.logger ?? logger));
  app.use(securityHeaders());
  // Errors and import reports speak the caller's Accept-Language: Vietnamese unless English is asked for.
  app.use(withRequestLanguage);

  app.get('/healthz', async (_req, res) => {
    const database = await checkDatabase(db);
    res.status(database.ok ? 200 : 503).json({ status: database.ok ? 'ok' : 'degraded', uptimeSeconds: Math.round(process.uptime()), database });
  });

  // The routes outside GraphQL answer in their own shape; they are rate-limited like /graphql, refuse a
  // mangled session cookie with 400, and refuse cross-site state-changing requests (docs/SECURITY.md).
  app.use(['/api', '/reports'], refuseMalformedSessionCookie(refuseRest), refuseCrossSite(refuseRest), rateLimit(limiter, refuseRest));
  // Files in and out: import templates, bulk import, exports (modules/transfer, docs/IMPORT.md).
  const spool = new UploadSpool(settings.uploadTmpDir ?? DEFAULT_UPLOAD_TMP_DIR);
  app.use('/api', transferRouter(db, auth, spool, settings.importMaxBytes ?? DEFAULT_IMPORT_MAX_MB * 1024 * 1024));
  // The province's and a district's report as a workbook and a printable PDF (modules/reports).
  app.use('/reports', reportRoutes(db, auth, settings.reportIssuer ?? DEFAULT_REPORT_ISSUER));

  if (countStatements) {
    app.use('/graphql', (_req, res, next) => {
      res.locals.sql = startCounting(next);
    });
  }
  app.use(
    '/graphql',
    corsAllowList(settings.corsOrigins ?? []),
    refuseMalformedSessionCookie(refuse),
    express.json({ limit: BODY_LIMIT_BYTES }),
    limitBatch(queryLimits.maxBatchOperations),
    limitJsonDepth(MAX_JSON_DEPTH),
    rateLimit(limiter, refuse),
    withRequestKey,
    expressMiddleware(apollo, { context: async ({ req, res }) => buildContext(db, auth, req, res) }),
  );
  app.use('/graphql', bodyErrors);
  // Last: the built web portal at / (web/README.md), with index.html for its client-side routes.
  serveWebApp(app);

  // Whatever a route throws is logged in full and answered without stack or SQL; the database being away
  // (or past its statement limit) is a coded 503 as on /graphql.
  app.use(restErrorHandler);

  return {
    app,
    async stop() {
      await apollo.stop();
      keyPurge.stop();
      await limiter.close();
      spool.close();
      await auth.throttle.close();
    },
  };
}
