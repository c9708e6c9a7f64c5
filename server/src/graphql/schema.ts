import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { GeographyResolver } from '../modules/geography/geography.resolver';

export const resolvers = [GeographyResolver] as const;

/** Builds the executable schema from the decorated resolvers; also the source of schema/schema.graphql. */
export function buildPortalSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: true });
}
