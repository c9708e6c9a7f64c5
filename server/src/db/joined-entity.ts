import type { Driver, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * A table selected into a list query, read back into one entity per row: the list's own rows
 * (graphql/connection.ts) and tables joined into them (participants' commune and village). The columns
 * are selected under names of our own and converted with the driver's own rules, so the entity holds
 * what TypeORM would have made. TypeORM's join mapping (leftJoinAndMapOne) cost ~5 µs per joined row and
 * its reading of the list's own rows about as much, with the constructor's field initialisers on top:
 * together about a third of the server's CPU on a page of 100 participants (docs/SCALING.md).
 */
export class JoinedEntity<E extends ObjectLiteral> {
  /** The id's name in the raw row, then each column with its name in the raw row (built once, not per row). */
  private readonly idKey: string;
  private readonly columns: { column: ColumnMetadata; key: string; property: string }[];
  /**
   * The entity class's prototype when every column is a plain property of it (no embedded or relation
   * columns): the entity is then made without running its constructor, whose class-field initialisers
   * only set to undefined what the columns set next.
   */
  private readonly prototype: object | null;

  private constructor(
    private readonly metadata: EntityMetadata,
    private readonly driver: Driver,
    prefix: string,
    columns: ColumnMetadata[],
  ) {
    this.idKey = `${prefix}${metadata.primaryColumns[0].databaseName}`;
    this.columns = columns.map((column) => ({ column, key: `${prefix}${column.databaseName}`, property: column.propertyName }));
    const plain = typeof metadata.target === 'function' && metadata.columns.every((column) => !column.embeddedMetadata && !column.relationMetadata);
    this.prototype = plain && metadata.afterLoadListeners.length === 0 ? (metadata.target as { prototype: object }).prototype : null;
  }

  /**
   * Selects the columns of `alias`, which `qb` has already joined or takes its rows from (without
   * selecting it): every column, or with `fields` (the GraphQL fields the client selected on it) the
   * columns of those fields and the keys. Field resolvers reach further rows through keys only (the
   * id, foreign-key columns), so those are always read; the rest of a partly read entity is undefined.
   */
  static select<E extends ObjectLiteral>(
    qb: SelectQueryBuilder<ObjectLiteral>,
    entity: EntityTarget<E>,
    alias: string,
    fields?: ReadonlySet<string>,
  ): JoinedEntity<E> {
    const { driver } = qb.connection;
    const metadata = qb.connection.getMetadata(entity);
    const prefix = `joined_${alias}_`;
    const all = selectedColumns(metadata);
    const columns = fields ? all.filter((column) => fields.has(column.propertyName) || isKey(metadata, column)) : all;
    // Escaped names are not TypeORM property paths, so its own mapper leaves these columns alone.
    for (const column of columns) qb.addSelect(`${driver.escape(alias)}.${driver.escape(column.databaseName)}`, `${prefix}${column.databaseName}`);
    return new JoinedEntity(metadata, driver, prefix, columns);
  }

  /** The entity of one raw result row; null when a LEFT JOIN matched nothing. */
  read(raw: ObjectLiteral): E | null {
    const id = raw[this.idKey];
    if (id === null || id === undefined) return null;
    if (this.prototype) {
      const entity = Object.create(this.prototype) as Record<string, unknown>;
      for (const { column, key, property } of this.columns) entity[property] = this.driver.prepareHydratedValue(raw[key], column);
      return entity as E;
    }
    const entity = this.metadata.create() as E;
    for (const { column, key } of this.columns) column.setEntityValue(entity, this.driver.prepareHydratedValue(raw[key], column));
    return entity;
  }
}

/** The columns TypeORM itself would select for the entity. */
const selectedColumns = (metadata: EntityMetadata): ColumnMetadata[] => metadata.columns.filter((column) => column.isSelect);

const isKey = (metadata: EntityMetadata, column: ColumnMetadata): boolean =>
  column.isPrimary || metadata.foreignKeys.some((key) => key.columns.includes(column));
