import { isObjectType, type GraphQLSchema } from 'graphql';

/** Marks a field resolver whose value a list may already have put on the parent (see answerPrefetched). */
export const PREFETCHED = { prefetched: true } as const;

/**
 * A field marked `@Extensions(PREFETCHED)` answers with the value its parent already carries (a list
 * joined it: participants' commune and village), and runs its resolver only when the parent does not.
 * type-graphql's resolver machinery costs ~4 µs a call: 0.8 ms on a page of 100 rows × 2 such fields.
 */
export function answerPrefetched(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (field.extensions.prefetched !== true || !resolve) continue;
      const name = field.name;
      field.resolve = (source: Record<string, unknown>, args, context, info) =>
        source[name] !== undefined ? source[name] : resolve(source, args, context, info);
    }
  }
  return schema;
}
