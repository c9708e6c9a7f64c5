import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../shared/errors';

export const MAX_PAGE_SIZE = 200;

@ObjectType()
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
}

/** `XConnection` and `XEdge` object types for a node type (Relay-style cursor connections). */
export function ConnectionOf<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
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

    @Field(() => Int, { description: 'Rows matching the filters, over all pages.' })
    totalCount: number;
  }
  return Connection;
}

const encodeCursor = (id: number): string => Buffer.from(`id:${id}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('after', 'This cursor is not one the API gave out');
  return Number(match[1]);
}

/**
 * Keyset pagination over a filtered, scoped query ordered by id (oldest first, or newest first for
 * logs): one statement fetches the page (one row more than asked, to know whether another page
 * follows); a second counts, only if the client selects `totalCount` (COUNT(*) over a large table
 * costs more than the page itself).
 */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  page: PageArgs,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<T>> {
  const countQuery = qb.clone();
  let count: Promise<number> | undefined;
  if (page.after) qb.andWhere(`${alias}.id ${direction === 'ASC' ? '>' : '<'} :afterId`, { afterId: decodeCursor(page.after) });
  const rows = await qb.orderBy(`${alias}.id`, direction).limit(page.first + 1).getMany();
  const nodes = rows.slice(0, page.first);
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: nodes.length > 0 ? encodeCursor(nodes[nodes.length - 1].id) : null },
    get totalCount() {
      return (count ??= countQuery.getCount());
    },
  };
}
