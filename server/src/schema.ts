import { buildSchema, type BuildSchemaOptions } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './auth/auth-checker';
import { answerPrefetched } from './graphql/prefetched';
import { maskPersonalFields } from './graphql/personal-data';
import { readPlainFieldsDirectly } from './graphql/plain-fields';
import { accountsResolvers } from './modules/accounts';
import { activitiesResolvers } from './modules/activities';
import { auditResolvers } from './modules/audit';
import { boardsResolvers } from './modules/boards';
import { fundingResolvers } from './modules/funding';
import { geographyResolvers } from './modules/geography';
import { participantsResolvers } from './modules/participants';
import { reportsResolvers } from './modules/reports';
import { periodsResolvers } from './modules/periods';
import { referenceResolvers } from './modules/reference';

/** Every feature contributes its resolvers through its module's index.ts. */
export const resolvers = [
  ...accountsResolvers,
  ...geographyResolvers,
  ...participantsResolvers,
  ...boardsResolvers,
  ...activitiesResolvers,
  ...fundingResolvers,
  ...reportsResolvers,
  ...periodsResolvers,
  ...auditResolvers,
  ...referenceResolvers,
] as unknown as BuildSchemaOptions['resolvers'];

/**
 * Builds the executable schema from the decorated resolvers; also the source of schema/schema.graphql.
 * Built without global middlewares, so plain fields can read their property directly (plain-fields.ts);
 * the passes that wrap resolvers (prefetched, personal data) come after that one.
 */
export async function buildPortalSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, authChecker, validate: { forbidUnknownValues: false } });
  return maskPersonalFields(answerPrefetched(readPlainFieldsDirectly(schema)));
}
