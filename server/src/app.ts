import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { DataSource } from 'typeorm';
import { buildPortalSchema } from './graphql/schema';
import type { RequestContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { statementCountPlugin } from './graphql/statement-count-plugin';
import { buildContext } from './auth/build-context';
import type { AuthServices } from './auth/auth-services';
import { TokenService } from './auth/tokens';
import { LoginThrottle } from './auth/login-throttle';
import { checkDatabase } from './db/health';
import { startCounting } from './db/statement-counter';
import type { Config } from './config';
import { logger } from './logger';
import { reportRoutes } from './modules/reports/report.routes';

export interface PortalApp {
  app: Express;
  stop: () => Promise<void>;
}

export type AppSettings = Pick<Config, 'env' | 'tokenSecret' | 'tokenTtlSeconds'>;

/** Builds the HTTP application: GraphQL at /graphql and health at /healthz. */
export async function createApp(db: DataSource, settings: AppSettings): Promise<PortalApp> {
  const production = settings.env === 'production';
  const auth: AuthServices = {
    tokens: new TokenService(settings.tokenSecret, settings.tokenTtlSeconds),
    throttle: new LoginThrottle(),
    refuseDemoAccounts: production,
    secureCookies: production,
  };
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildPortalSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [statementCountPlugin],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.get('/healthz', async (_req, res) => {
    const database = await checkDatabase(db);
    res.status(database.ok ? 200 : 503).json({ status: database.ok ? 'ok' : 'degraded', uptimeSeconds: Math.round(process.uptime()), database });
  });

  app.use('/reports', reportRoutes(db, auth));

  app.use(
    '/graphql',
    (req, res, next) => {
      res.locals.sql = startCounting(next);
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(db, auth, req, res) }),
  );

  // Last: whatever a route throws is logged in full and answered without stack or SQL.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.error({ err: error }, 'unexpected error in an HTTP route');
    if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    else res.end();
  });

  return { app, stop: () => apollo.stop() };
}
