/** `npm run migrate`: applies the committed migrations of the configured engine and says which ran. */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from './data-source';

async function main(): Promise<void> {
  const { database } = loadConfig();
  // Migrations (an ALTER of a large table) may rightly run longer than a request's statement limit.
  const dataSource = createDataSource(database.kind === 'mysql' ? { ...database, statementTimeoutMs: 0 } : database);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length === 0 ? 'database is up to date' : `applied: ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
