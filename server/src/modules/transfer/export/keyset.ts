import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Rows per page of an export: one query per page, and never more than this in memory. */
export const EXPORT_BATCH = 2000;

/**
 * Walks a query in id order, page after page (`id > last id seen`), so an export of a million rows
 * keeps memory flat and never pays for a deep OFFSET. `build` gives a fresh query each time.
 */
export async function* keysetPages<R extends { id: number | string }>(
  build: () => SelectQueryBuilder<ObjectLiteral>,
  idColumn: string,
  batch = EXPORT_BATCH,
): AsyncGenerator<R[]> {
  let after = 0;
  for (;;) {
    const rows = (await build().andWhere(`${idColumn} > :keysetAfter`, { keysetAfter: after }).orderBy(idColumn, 'ASC').limit(batch).getRawMany()) as R[];
    if (rows.length === 0) return;
    yield rows;
    after = Number(rows[rows.length - 1].id);
    if (rows.length < batch) return;
  }
}

/** Selects `expression AS alias` for each entry, the raw row shape an export reads (aliases are quoted by the driver). */
export function selectAs<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: Record<string, string>): SelectQueryBuilder<T> {
  const [first, ...rest] = Object.entries(columns);
  qb.select(first[1], first[0]);
  for (const [alias, expression] of rest) qb.addSelect(expression, alias);
  return qb;
}
