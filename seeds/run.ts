/** `npm run seed`: reference data, plus the demo unless NODE_ENV=production or `--reference-only`. */
import 'reflect-metadata';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/open-database';
import { seedAll } from './index';

async function main(): Promise<void> {
  const config = loadConfig();
  const demo = config.env !== 'production' && !process.argv.includes('--reference-only');
  const dataSource = await openDatabase(config.database);
  try {
    const summary = await seedAll(dataSource, { demo });
    console.log(
      summary === null
        ? 'reference data seeded'
        : summary.skipped
          ? 'reference data seeded; demo data was already there'
          : `seeded demo: ${JSON.stringify(summary)}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
