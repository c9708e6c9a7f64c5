import { ArgsType, Extensions, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../shared/errors';
import { JoinedEntity } from '../db/joined-entity';
import { PLAIN_DATA } from './plain-fields';

export const MAX_PAGE_SIZE = 200;

@ObjectType()
@Extensions(PLAIN_DATA)
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted only when read: a getter that GraphQL reads only when the client selects `totalCount`. */
  readonly totalCount: number | Promise<number>;
  /** False when the count stopped at the list's `countLimit`: `totalCount` is then "at least". */
  readonly totalCountIsExact: boolean | Promise<boolean>;
}

/** `XConnection` and `XEdge` object types for a node type (Relay-style cursor connections). */
export function ConnectionOf<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  @Extensions(PLAIN_DATA)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType()
  abstract class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filters, over all pages; a lower bound when totalCountIsExact is false.' })
    totalCount: number;

    @Field({ description: 'False when the list stopped counting (a participant name search stops at its limit, docs/API.md): totalCount is then "at least".' })
    totalCountIsExact: boolean;
  }
  return Connection;
}

const encodeCursor = (id: number): string => Buffer.from(`id:${id}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('after', 'errors.badCursor');
  return Number(match[1]);
}

export interface PageQueryOptions<T extends ObjectLiteral> {
  /** Oldest first (ASC, the default) or newest first (logs). */
  direction?: 'ASC' | 'DESC';
  /**
   * Adds to the page's statement (never to the count) what the client selected beyond the rows' own
   * columns, such as nested rows to join (graphql/selection.ts); returns what to take from each raw row.
   */
  extendRows?: (rows: SelectQueryBuilder<T>) => (node: T, raw: ObjectLiteral) => void;
  /** The client selected `totalCount`: count in the page's own statement rather than in a second one. */
  withCount?: boolean;
  /** Count at most this many rows (then `totalCountIsExact` is false), so that a count never costs a walk over the scope. */
  countLimit?: number;
  /**
   * What the page's ids are ordered by, when not `alias.id`: a joined copy of it, for plans where ordering
   * by the main table's key leads MariaDB to walk that key (name-search.ts).
   */
  orderColumn?: string;
  /** The fields the client selected on the nodes: only their columns and the keys are read (db/joined-entity.ts). */
  fields?: ReadonlySet<string>;
}

/**
 * Keyset pagination over a filtered, scoped query ordered by id (oldest first, or newest first for
 * logs). One statement: a derived table picks the page's ids (one more than asked, to know whether
 * another page follows) and the rows are read for those ids only. Asking for ids alone lets the
 * database answer from an index on the scope's column: with whole rows, MariaDB walks the primary key
 * from the first id and, for a province whose rows came late, crosses every earlier province's rows
 * first (1.5 s instead of 5 ms on national data, docs/SCALING.md).
 * The total is counted only when the client selects it (COUNT(*) over a large table costs more than
 * the page): in the same statement when the caller says so up front, else by a second one when read.
 */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  page: PageArgs,
  { direction = 'ASC', extendRows, withCount = false, countLimit, orderColumn = `${alias}.id`, fields }: PageQueryOptions<T> = {},
): Promise<Page<T>> {
  const countQuery = qb.clone();
  // Counting up to the limit and one more tells an exact count from a cut-off one.
  const countSql = () =>
    countLimit === undefined
      ? countQuery.clone().select('COUNT(1)').getQuery()
      : `SELECT COUNT(1) FROM (${countQuery
          .clone()
          .select('1')
          .limit(countLimit + 1)
          .getQuery()}) counted`;
  const ids = qb
    .select(`${alias}.id`, 'id')
    .orderBy(orderColumn, direction)
    .limit(page.first + 1);
  if (page.after) ids.andWhere(`${alias}.id ${direction === 'ASC' ? '>' : '<'} :afterId`, { afterId: decodeCursor(page.after) });
  const entity = qb.expressionMap.mainAlias!.target as EntityTarget<T>;
  const rowsQuery = qb
    .createQueryBuilder()
    .select([])
    .from(entity, alias)
    .innerJoin(`(${ids.getQuery()})`, 'page_ids', `page_ids.id = ${alias}.id`)
    .setParameters(ids.getParameters());
  // The rows are read by JoinedEntity rather than TypeORM's entity mapping: the same values for less
  // than half the CPU and garbage (docs/SCALING.md, third round).
  const own = JoinedEntity.select(rowsQuery, entity, alias, fields);
  const takeFromRaw = extendRows?.(rowsQuery);
  // Its parameters are a subset of the page's (the page adds only the cursor).
  if (withCount) rowsQuery.addSelect(`(${countSql()})`, 'page_total');
  const raw = await rowsQuery.orderBy(`${alias}.id`, direction).getRawMany<ObjectLiteral>();
  const rows = raw.map((row) => {
    const node = own.read(row)!;
    takeFromRaw?.(node, row);
    return node;
  });
  const nodes = rows.slice(0, page.first);
  // An empty page (past the end) has no row to carry the total: then it is counted on its own.
  let count: Promise<number> | number | undefined = withCount && raw.length > 0 ? Number(raw[0].page_total) : undefined;
  const counted = () => (count ??= countLimit === undefined ? countQuery.getCount() : countAlone(countQuery, countSql()));
  const capped = (n: number) => (countLimit === undefined ? n : Math.min(n, countLimit));
  const exact = (n: number) => countLimit === undefined || n <= countLimit;
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: nodes.length > 0 ? encodeCursor(nodes[nodes.length - 1].id) : null },
    get totalCount() {
      const n = counted();
      return typeof n === 'number' ? capped(n) : n.then(capped);
    },
    get totalCountIsExact() {
      const n = counted();
      return typeof n === 'number' ? exact(n) : n.then(exact);
    },
  };
}

/** A capped count in a statement of its own (a page past the end has no row to carry it). */
async function countAlone<T extends ObjectLiteral>(countQuery: SelectQueryBuilder<T>, sql: string): Promise<number> {
  const [parameterized, parameters] = countQuery.connection.driver.escapeQueryWithParameters(sql, countQuery.getParameters());
  const rows = (await countQuery.connection.query(parameterized, parameters)) as Record<string, unknown>[];
  return Number(Object.values(rows[0])[0]);
}
