import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts many rows in multi-row statements of `chunkSize` and gives back their ids in input order.
 * Rows go through `manager.create` so that entity hooks (search columns) run.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  chunkSize = 300,
): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize).map((row) => manager.create(entity, row as never));
    const result = await manager.insert(entity, chunk as never);
    ids.push(...result.identifiers.map((identifier) => Number(identifier?.id)));
  }
  return ids;
}
