import {
  GraphQLError,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  execute,
  getVariableValues,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type TypeNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { logger } from '../logger';

/** How many compiled operations a process keeps (least recently used go first): each is generated code in the heap. */
export const MAX_COMPILED_OPERATIONS = 200;

/**
 * Documents with more field selections than this are executed by graphql-js, never compiled. Compiling
 * costs ~1 ms for the participant page (~20 fields) and ~31 ms for 1,000 fields, the most the limits
 * admit; a caller sending ever-new large documents would otherwise hold the event loop that long each
 * time. The web portal's largest operation has 43 fields.
 */
export const MAX_COMPILED_FIELDS = 200;

/**
 * Executes operations with graphql-jit instead of graphql-js: an operation is compiled once into a
 * function that walks exactly its selection, which on a page of 100 participants answers in ~0.15 ms
 * where graphql-js takes ~0.8 ms (docs/SCALING.md, fourth round).
 *
 * Apollo lets an executor be plugged in only through its gateway interface, so this is a "gateway"
 * whose schema is the portal's own and never changes. Everything before execution is Apollo's as
 * before: parsing, validation, the document cache and every plugin hook (query limits, idempotency).
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const operations = new CompiledOperations(schema, MAX_COMPILED_OPERATIONS);
  let listener: GatewaySchemaLoadOrUpdateCallback | undefined;

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const compiled = operations.get(document, operationName ?? undefined);
    if (!compiled) {
      return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    }
    // graphql-js coerces the variables (see coercedByGraphQLJs), so a refused variable reads exactly as it
    // did: format-error.ts reads the field out of graphql-js's wording, Apollo recognises it as BAD_USER_INPUT.
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return { errors: variables.errors };
    const result = await compiled.query(undefined, context, variables.coerced);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => (listener = undefined);
    },
    async load() {
      // Apollo takes the schema from this event; the SDL is read only by Apollo's schema reporting, which the portal does not use.
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { schema, executor };
    },
    async stop() {},
  };
}

/**
 * The compiled form of each (document, operation) pair, at most `limit` of them. Apollo hands the same
 * DocumentNode object for the same query text (its document cache), so identity is the key.
 */
export class CompiledOperations {
  private readonly byDocument = new Map<DocumentNode, Map<string, CompiledQuery | null>>();
  private readonly schema: GraphQLSchema;

  constructor(
    schema: GraphQLSchema,
    private readonly limit: number,
  ) {
    // The same types (and so the same resolvers), plus the type the compiled documents give their variables.
    const config = schema.toConfig();
    this.schema = new GraphQLSchema({ ...config, types: [...config.types, COERCED] });
  }

  /** How many documents are kept. */
  get size(): number {
    return this.byDocument.size;
  }

  /** The compiled operation, or null when graphql-jit refuses it (then graphql-js answers it). */
  get(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let operations = this.byDocument.get(document);
    if (operations) {
      // Moved to the end: the Map's order is then least recently used first.
      this.byDocument.delete(document);
      this.byDocument.set(document, operations);
    } else {
      operations = new Map();
      this.byDocument.set(document, operations);
      if (this.byDocument.size > this.limit) this.byDocument.delete(this.byDocument.keys().next().value!);
    }
    const key = operationName ?? '';
    let compiled = operations.get(key);
    if (compiled === undefined) {
      compiled = this.compile(document, operationName);
      operations.set(key, compiled);
    }
    return compiled;
  }

  private compile(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    const { fields, generatorMarker } = inspect(document);
    if (generatorMarker) {
      logger.warn('an operation holds a string graphql-jit would turn into code; graphql-js executes it');
      return null;
    }
    if (fields > MAX_COMPILED_FIELDS) return null;
    try {
      const compiled = compileQuery(this.schema, coercedByGraphQLJs(document), operationName);
      if (isCompiledQuery(compiled)) return compiled;
      logger.warn({ errors: compiled.errors }, 'graphql-jit refused an operation; graphql-js executes it');
    } catch (error) {
      logger.warn({ err: error }, 'graphql-jit failed to compile an operation; graphql-js executes it');
    }
    return null;
  }
}

/**
 * graphql-jit writes an argument's literal value into the generated code as JSON, then turns strings
 * that start with its markers (`"__MAGIC_DATE__…<digits>"` for a Date) back into code by text
 * replacement. A string literal the client wrote that starts with a marker would become code on the
 * server (shown by test/api/compiled-execution.test.ts). graphql-js executes any document whose
 * strings hold `__MAGIC_` at all, after GraphQL's escapes are decoded (the parser has done that).
 */
const GENERATOR_MARKER = '__MAGIC_';

/** What decides whether a document is compiled: its field selections, and whether a string holds the marker. */
function inspect(document: DocumentNode): { fields: number; generatorMarker: boolean } {
  let fields = 0;
  let generatorMarker = false;
  visit(document, {
    Field() {
      fields++;
    },
    StringValue(node) {
      if (node.value.includes(GENERATOR_MARKER)) generatorMarker = true;
    },
  });
  return { fields, generatorMarker };
}

/**
 * graphql-jit coerces variables with code of its own, which refuses an input object that leaves out a
 * field with a default value (graphql-js fills it in, as the specification says). So graphql-js coerces
 * them, and the document graphql-jit compiles declares every variable as COERCED, a type that takes
 * the value as it is. Booleans stay: graphql-jit checks the type of a variable given to @skip/@include,
 * and coerces a boolean as graphql-js does. Defaults go: graphql-js has applied them.
 */
const COERCED = new GraphQLScalarType({
  name: 'CoercedByGraphQLJs',
  description: 'Internal to the compiled executor: never in the published schema.',
  parseValue: (value) => value,
  parseLiteral: (value) => valueFromASTUntyped(value),
  serialize: (value) => value,
});

function coercedByGraphQLJs(document: DocumentNode): DocumentNode {
  return visit(document, {
    VariableDefinition(definition) {
      if (namedTypeOf(definition.type) === 'Boolean') return undefined;
      return { ...definition, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } }, defaultValue: undefined };
    },
  });
}

const namedTypeOf = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type));

/**
 * graphql-jit's errors copy graphql-js's prototype but not its shape (`extensions` is absent rather than
 * empty, which Apollo's error formatting does not expect): each becomes a graphql-js error with the same
 * message, place, path, cause and extensions.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  return Object.assign(copy, { locations: error.locations });
}
