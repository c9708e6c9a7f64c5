import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

type WithId = ObjectLiteral & { id: number };

/**
 * Inserts many rows in multi-row statements of `chunkSize` and gives back how many. Rows go through
 * `manager.create` so that entity hooks (search columns) run.
 *
 * It gives back no ids on purpose: TypeORM reports a MySQL multi-row insert's ids as insertId + i, which
 * is wrong wherever ids are not contiguous, e.g. on a Galera cluster (auto_increment_increment = number of
 * nodes). A caller that needs the ids uses insertRowsReadingIds.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  chunkSize = 300,
): Promise<number> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize).map((row) => manager.create(entity, row as never));
    await manager.insert(entity, chunk as never);
  }
  return rows.length;
}

/**
 * Inserts rows as insertRows does, then reads their ids from the database, in input order: each row is
 * found by `key`, a column whose value is unique among the rows matching `within` (e.g. a village's name
 * within its commune).
 */
export async function insertRowsReadingIds<T extends WithId, K extends keyof T & string>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: (Partial<T> & Pick<T, K>)[],
  key: K,
  within: FindOptionsWhere<T>,
): Promise<number[]> {
  await insertRows(manager, entity, rows);
  const stored = await manager.find(entity, { where: within, select: { id: true, [key]: true } as never });
  const idByKey = new Map<unknown, number>();
  for (const row of stored) {
    if (idByKey.has(row[key])) throw new Error(`insertRowsReadingIds: ${String(row[key])} is not unique within ${JSON.stringify(within)}`);
    idByKey.set(row[key], row.id);
  }
  return rows.map((row) => {
    const id = idByKey.get(row[key]);
    if (id === undefined) throw new Error(`insertRowsReadingIds: the row ${String(row[key])} was not found after its insert`);
    return id;
  });
}

/** Inserts one row and gives back its id (a single-row insert's id is the server's own insertId). */
export async function insertOne<T extends WithId>(manager: EntityManager, entity: EntityTarget<T>, row: Partial<T>): Promise<number> {
  const saved = await manager.save(manager.create(entity, row as never));
  return (saved as T).id;
}
