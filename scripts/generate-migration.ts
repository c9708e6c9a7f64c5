/**
 * Writes a migration for each engine with the SQL that brings a database built from the committed
 * migrations up to the current entities. Developers run it after changing an entity:
 *   npm run migration:generate -- AddSomething
 * It needs TEST_MYSQL_URL (a server where it may create and drop a scratch database).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../server/src/db/data-source';
import { createScratchMysqlDatabase } from '../test/helpers/mysql-scratch';

async function pendingSql(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}

function writeMigration(engine: 'mysql' | 'sqlite', name: string, timestamp: number, sql: { up: string[]; down: string[] }): string {
  const className = `${name}${timestamp}`;
  const quote = (q: string) => `    await queryRunner.query(${JSON.stringify(q)});`;
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.up.map(quote).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.down.map(quote).join('\n')}
  }
}
`;
  const file = path.join('server/src/db/migrations', engine, `${timestamp}-${name}.ts`);
  fs.writeFileSync(file, body);
  return file;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration PascalCaseName');
  const mysqlUrl = process.env.TEST_MYSQL_URL;
  if (!mysqlUrl) throw new Error('TEST_MYSQL_URL is needed to generate the MySQL migration');
  const timestamp = Date.now();

  const sqlite = await pendingSql(createDataSource({ kind: 'sqlite', path: ':memory:' }));
  const scratch = await createScratchMysqlDatabase(mysqlUrl);
  try {
    const mysql = await pendingSql(createDataSource({ kind: 'mysql', url: scratch.url }));
    for (const [engine, sql] of [
      ['sqlite', sqlite],
      ['mysql', mysql],
    ] as const) {
      if (sql.up.length === 0) console.log(`${engine}: schema is up to date`);
      else console.log(`${engine}: wrote ${writeMigration(engine, name, timestamp, sql)} — add it to the index.ts beside it`);
    }
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
