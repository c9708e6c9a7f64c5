import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildPortalSchema } from './schema';

/** The SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only. */
export async function printPortalSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildPortalSchema()))}\n`;
}
