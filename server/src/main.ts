/** `npm start`: open (and migrate) the database, seed an empty embedded one, serve web and API. */
import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { createApp } from './app';
import { logger } from './logger';
import { closeGracefullyOnSignal } from './shutdown';
import { seedAll, demoAccounts, DEMO_PASSWORD } from '../../seeds/index';
import { Commune } from './domain/geography/commune.entity';
import { removeUploadLeftovers } from './modules/transfer/import/upload-spool';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  if (config.database.kind === 'sqlite' && (await db.getRepository(Commune).count()) === 0) {
    logger.info('empty embedded database: seeding Tuyên Quang');
    await seedAll(db, { demo: config.seedDemoOnStart });
  }
  removeUploadLeftovers(config.uploadTmpDir);
  const { app, stop } = await createApp(db, config);
  const server = app.listen(config.port, () => {
    const url = `http://localhost:${config.port}`;
    console.log(`Portal 135 is running at ${url} (GraphQL: ${url}/graphql, health: ${url}/healthz)`);
    console.log(`Database: ${config.database.kind === 'sqlite' ? config.database.path : 'MySQL (DATABASE_URL)'}`);
    if (config.seedDemoOnStart) {
      console.log(
        `Demo accounts (password "${DEMO_PASSWORD}"): ${demoAccounts()
          .map((a) => a.username)
          .join(', ')}`,
      );
    }
  });
  closeGracefullyOnSignal(server, {
    deadlineMs: config.shutdownTimeoutMs,
    async release() {
      await stop();
      await db.destroy();
    },
  });
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the portal could not start');
  process.exit(1);
});
