import { getMetadataStorage } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { isObjectType, type GraphQLSchema } from 'graphql';

/** Marks an object type whose fields hold plain values (`@Extensions(PLAIN_DATA)`), as an entity's columns do. */
export const PLAIN_DATA = { plainData: true } as const;

type FieldMetadata = ReturnType<typeof getMetadataStorage>['fields'][number];
/** A decorated class, as type-graphql's metadata names it. */
type DecoratedClass = FieldMetadata['target'];

/**
 * A plain `@Field` (no field resolver, no `@Authorized`, no middleware) reads its property as GraphQL's
 * default resolver does, yet type-graphql wraps it in a resolver of its own that only exists to run
 * middlewares: ~1,000 calls and as many allocations on a page of 100 participants. Those fields get
 * no resolver at all, so the executor reads the property directly. A field with roles or middlewares
 * keeps type-graphql's resolver. Only for a schema built without global middlewares (schema.ts).
 *
 * Only on types whose properties are plain values: the entities (their fields are columns) and types
 * marked PLAIN_DATA. The compiled executor (compiled-execution.ts) reads a field without a resolver as
 * a value: a promise there, such as a page's `totalCount` that counts when first read, needs a resolver
 * to be awaited.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const metadata = getMetadataStorage();
  const objectTypeOf = new Map(metadata.objectTypes.map((o) => [o.target, o]));
  const entities = new Set(getMetadataArgsStorage().tables.map((t) => t.target));
  // type-graphql's own test for "this field has a resolver": the resolver's object type is the class that declared the field.
  const hasResolver = (field: FieldMetadata) => metadata.fieldResolvers.some((r) => r.getObjectType?.() === field.target && r.methodName === field.name);
  for (const objectType of metadata.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type) || !(entities.has(objectType.target) || type.extensions.plainData === true)) continue;
    const fields = type.getFields();
    for (const field of declaredFields(objectType.target, objectTypeOf)) {
      const plain = !hasResolver(field) && !field.roles && (field.middlewares ?? []).length === 0;
      // The property and the schema name are the same for every field here; a renamed one keeps its resolver.
      if (plain && field.name === field.schemaName && fields[field.schemaName]) fields[field.schemaName].resolve = undefined;
    }
  }
  return schema;
}

/**
 * The fields of a class as its GraphQL type has them: its own and those it inherits (TrackedRow's id,
 * version and dates), each name once, the most derived declaration first, as type-graphql merges them.
 */
function declaredFields(target: DecoratedClass, objectTypeOf: Map<DecoratedClass, { fields?: FieldMetadata[] }>): FieldMetadata[] {
  const seen = new Set<string>();
  const fields: FieldMetadata[] = [];
  for (let cls: DecoratedClass | null = target; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as DecoratedClass | null) {
    for (const field of objectTypeOf.get(cls)?.fields ?? []) {
      if (seen.has(field.schemaName)) continue;
      seen.add(field.schemaName);
      fields.push(field);
    }
  }
  return fields;
}
