import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { DataSource } from 'typeorm';
import { buildPortalSchema } from './graphql/schema';
import type { RequestContext } from './graphql/context';
import { checkDatabase } from './db/health';

export interface PortalApp {
  app: Express;
  stop: () => Promise<void>;
}

/** Builds the HTTP application: GraphQL at /graphql and health at /healthz. */
export async function createApp(db: DataSource): Promise<PortalApp> {
  const apollo = new ApolloServer<RequestContext>({ schema: await buildPortalSchema() });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req, res) => {
    const database = await checkDatabase(db);
    res.status(database.ok ? 200 : 503).json({ status: database.ok ? 'ok' : 'degraded', uptimeSeconds: Math.round(process.uptime()), database });
  });

  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ db }) }));

  return { app, stop: () => apollo.stop() };
}
