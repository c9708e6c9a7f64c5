import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/db/data-source';
import { startTestServer, type TestServer } from './server';
import type { TenantFixture } from './tenant-fixture';

/**
 * Another app instance on the fixture's database, as behind a load balancer: its own connection pool on
 * MySQL; on SQLite, whose in-memory database cannot be opened twice, the same data source.
 */
export async function secondInstance(f: TenantFixture): Promise<{ server: TestServer; db: DataSource; close: () => Promise<void> }> {
  const url = f.t.engine === 'mysql' ? (f.db.options as { url: string }).url : null;
  const own = url ? createDataSource({ kind: 'mysql', url }) : null;
  await own?.initialize();
  const db = own ?? f.db;
  const server = await startTestServer(db);
  return {
    server,
    db,
    async close() {
      await server.close();
      await own?.destroy();
    },
  };
}
