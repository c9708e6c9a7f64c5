import type { EntityManager } from 'typeorm';

/** Rows per multi-row INSERT: big enough to amortise round trips, small enough for any packet limit. */
export const INSERT_BATCH = 500;

/**
 * Multi-row INSERTs of INSERT_BATCH rows. The statement is written here from the entity's metadata
 * rather than by the query builder, whose per-parameter bookkeeping cost more than the database's
 * own work at 8,000 parameters a statement; values still pass through the driver's own conversion
 * (dates, booleans) and as bound parameters, so the SQL is the same on both engines.
 * Rows are complete: every column but the generated id is given (version 1, both timestamps now).
 */
export async function insertInBatches<T extends object>(tx: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = tx.connection.getMetadata(entity);
  const driver = tx.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isGenerated);
  const now = new Date();
  const fixed = new Map<string, unknown>([
    ...(metadata.versionColumn ? [[metadata.versionColumn.propertyName, 1] as const] : []),
    ...(metadata.createDateColumn ? [[metadata.createDateColumn.propertyName, now] as const] : []),
    ...(metadata.updateDateColumn ? [[metadata.updateDateColumn.propertyName, now] as const] : []),
  ]);
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const chunk = rows.slice(start, start + INSERT_BATCH);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) {
        const value = fixed.has(column.propertyName) ? fixed.get(column.propertyName) : (row as Record<string, unknown>)[column.propertyName];
        parameters.push(driver.preparePersistentValue(value === undefined ? (column.default ?? null) : value, column));
      }
    }
    await tx.query(head + chunk.map(() => tuple).join(', '), parameters);
  }
}
