import type { Driver, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * A table joined into a list query, read back into one entity per row. The columns are selected under
 * names of our own and converted with the driver's own rules, so the entity is what TypeORM would have
 * made; TypeORM's join mapping (leftJoinAndMapOne) cost ~5 µs per joined row, about 1 ms on a page of
 * 100 participants with commune and village, a fifth of the request's CPU (docs/SCALING.md).
 */
export class JoinedEntity<E extends ObjectLiteral> {
  /** The id's name in the raw row, then each column with its name in the raw row (built once, not per row). */
  private readonly idKey: string;
  private readonly columns: { column: ColumnMetadata; key: string }[];

  private constructor(
    private readonly metadata: EntityMetadata,
    private readonly driver: Driver,
    prefix: string,
  ) {
    this.idKey = `${prefix}${metadata.primaryColumns[0].databaseName}`;
    this.columns = metadata.columns.map((column) => ({ column, key: `${prefix}${column.databaseName}` }));
  }

  /** Selects every column of `alias`, which `qb` has already joined (without selecting it). */
  static select<E extends ObjectLiteral>(qb: SelectQueryBuilder<ObjectLiteral>, entity: EntityTarget<E>, alias: string): JoinedEntity<E> {
    const { driver } = qb.connection;
    const metadata = qb.connection.getMetadata(entity);
    const prefix = `joined_${alias}_`;
    // Escaped names are not TypeORM property paths, so its own mapper leaves these columns alone.
    for (const column of metadata.columns) qb.addSelect(`${driver.escape(alias)}.${driver.escape(column.databaseName)}`, `${prefix}${column.databaseName}`);
    return new JoinedEntity(metadata, driver, prefix);
  }

  /** The joined entity of one raw result row; null when the LEFT JOIN matched nothing. */
  read(raw: ObjectLiteral): E | null {
    const id = raw[this.idKey];
    if (id === null || id === undefined) return null;
    const entity = this.metadata.create() as E;
    for (const { column, key } of this.columns) column.setEntityValue(entity, this.driver.prepareHydratedValue(raw[key], column));
    return entity;
  }
}
