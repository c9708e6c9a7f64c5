import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { maskPersonalData } from '../shared/personal-data';
import type { RequestContext } from './context';

/**
 * Masks every field marked `@Extensions(PERSONAL_DATA)` for callers without the grant. Done on the
 * schema, per field of the type, so that every path to a participant (a list page answered from joined
 * rows, one participant, attendance, board members, a mutation's answer) passes through it; a plain
 * function rather than a type-graphql field resolver, which costs ~4 µs a call (graphql/prefetched.ts).
 */
export function maskPersonalFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.extensions.personalData !== true) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) => {
        const value: unknown = resolve(source, args, context, info);
        return readablePersonalValue(value, context.session.scope.seesPersonalData);
      };
    }
  }
  return schema;
}

/**
 * The personal-data fields of the GraphQL type named `typeName` (an entity's name, as the audit trail
 * keeps it): the same `@Extensions(PERSONAL_DATA)` marks, so a snapshot of a row is masked exactly like the row.
 */
export function personalFieldsOf(schema: GraphQLSchema, typeName: string): ReadonlySet<string> {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return new Set();
  return new Set(
    Object.values(type.getFields())
      .filter((f) => f.extensions.personalData === true)
      .map((f) => f.name),
  );
}

/** A value of a personal field as the reader may see it: whole with the grant, else masked (strings only). */
export function readablePersonalValue(value: unknown, seesPersonalData: boolean): unknown {
  return seesPersonalData || typeof value !== 'string' ? value : maskPersonalData(value);
}
