import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { ErrorCode, queryTooComplex, unauthenticated } from '../shared/errors';
import type { QueryLimitConfig } from '../config';

/**
 * Introspection (GraphiQL, codegen) nests `ofType` deeper than data queries need (15 levels);
 * `fields { type { fields … } }` explosions are refused by graphql-js's own MaxIntrospectionDepthRule,
 * which Apollo Server applies.
 */
export const MAX_INTROSPECTION_DEPTH = 15;
/**
 * Fragments one document may define. The walkers below (and graphql-js's execution) follow fragment
 * spreads recursively: a chain of 2,000 fragments, each spreading the next, overflowed the stack (a 500).
 * Clients define a handful; GraphiQL's introspection query three.
 */
export const MAX_FRAGMENTS = 100;
/** Rows assumed for a list field that takes no `first` (districts, communes of a district, members of a board…). */
export const LIST_ESTIMATE = 10;
/**
 * Entries assumed for an introspection list (types, fields, args…). The schema has ~100 types of ~6
 * fields: at 5, GraphiQL's full introspection query (a ~155 KB answer) costs ~8,900, like a data answer
 * of similar size, and a flood of aliased `__schema` selections runs into the cost limit.
 */
export const INTROSPECTION_LIST_ESTIMATE = 5;
/**
 * The weight of a root field that aggregates a whole year in SQL, instead of 1: one province report reads
 * every district's attendance of the year. At most `maxHeavyRoots` of them run per request.
 */
export const HEAVY_ROOT_COSTS: ReadonlyMap<string, number> = new Map([
  ['provinceReport', 1_000],
  ['rollup', 1_000],
  ['budget', 200],
]);

/**
 * What a field costs: its weight (1, or its HEAVY_ROOT_COSTS entry) plus what is selected under it,
 * times the rows it may return — the requested `first` for a paged connection (its default when
 * omitted), LIST_ESTIMATE for another list, INTROSPECTION_LIST_ESTIMATE for an introspection list. The
 * `edges` of a connection are already counted by the connection's `first`.
 */
export const fieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const weight = type.name === 'Query' ? (HEAVY_ROOT_COSTS.get(field.name) ?? 1) : 1;
  const own = weight + childComplexity;
  const list = isListType(getNullableType(field.type));
  if (type.name.startsWith('__')) return list ? own * INTROSPECTION_LIST_ESTIMATE : own;
  if (typeof args.first === 'number') return own * Math.max(args.first, 1);
  if (!list || type.name.endsWith('Connection')) return own;
  return own * LIST_ESTIMATE;
};

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [fieldCost] });
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** What an operation holds, counted from its text: cheap, so it is checked before the cost. */
export interface OperationShape {
  /** Aliased fields, each fragment the operation uses counted once. */
  aliases: number;
  /** Field selections, each fragment the operation uses counted once. */
  fields: number;
  /** Root fields of HEAVY_ROOT_COSTS, an alias or repetition each counted. */
  heavyRoots: number;
  /** It selects `__schema` or `__type`. */
  introspection: boolean;
}

export function operationShape(operation: OperationDefinitionNode, document: DocumentNode): OperationShape {
  const fragments = fragmentsOf(document);
  const shape: OperationShape = { aliases: 0, fields: 0, heavyRoots: 0, introspection: false };
  for (const root of rootFields(operation.selectionSet, fragments)) {
    if (HEAVY_ROOT_COSTS.has(root.name.value)) shape.heavyRoots += 1;
    if (INTROSPECTION_ROOTS.has(root.name.value)) shape.introspection = true;
  }
  const counted = new Set<string>();
  const count = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        shape.fields += 1;
        if (selection.alias) shape.aliases += 1;
        count(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count(selection.selectionSet);
      } else if (!counted.has(selection.name.value)) {
        counted.add(selection.name.value);
        count(fragments.get(selection.name.value)?.selectionSet);
      }
    }
  };
  count(operation.selectionSet);
  return shape;
}

/** The deepest nesting of each root field; introspection roots are measured against their own limit. */
export function operationDepth(operation: OperationDefinitionNode, document: DocumentNode): { data: number; introspection: number } {
  const fragments = fragmentsOf(document);
  const depths = { data: 0, introspection: 0 };
  for (const root of rootFields(operation.selectionSet, fragments)) {
    const depth = 1 + selectionDepth(root.selectionSet, fragments, new Set());
    const kind = INTROSPECTION_ROOTS.has(root.name.value) ? 'introspection' : 'data';
    depths[kind] = Math.max(depths[kind], depth);
  }
  return depths;
}

function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()) {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    return rootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
  });
}

function selectionDepth(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let deepest = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value))
        deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
    }
  }
  return deepest;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** What the limits measured of one operation; a batch adds up its operations' figures. */
export interface OperationFigures extends OperationShape {
  cost: number;
}

/**
 * Throws QUERY_TOO_COMPLEX (with the measured figures) when the operation passes a limit. The counts
 * read from the text come first: a flood of aliases is refused before the cost walks it with the schema.
 */
export function assertWithinLimits(
  limits: QueryLimitConfig,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): OperationFigures {
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).length;
  if (fragments > MAX_FRAGMENTS) {
    throw queryTooComplex(`The document defines ${fragments} fragments; the limit is ${MAX_FRAGMENTS}`, { fragments, maxFragments: MAX_FRAGMENTS });
  }
  const depth = operationDepth(operation, document);
  if (depth.data > limits.maxDepth)
    throw queryTooComplex(`The query nests ${depth.data} levels deep; the limit is ${limits.maxDepth}`, { depth: depth.data, maxDepth: limits.maxDepth });
  if (depth.introspection > MAX_INTROSPECTION_DEPTH) {
    throw queryTooComplex(`The introspection query nests ${depth.introspection} levels deep; the limit is ${MAX_INTROSPECTION_DEPTH}`, {
      depth: depth.introspection,
      maxDepth: MAX_INTROSPECTION_DEPTH,
    });
  }
  const shape = operationShape(operation, document);
  assertShape(limits, shape, 'The query');
  let cost: number;
  try {
    cost = operationCost(schema, document, operation.name?.value, variables);
  } catch (error) {
    if (error instanceof GraphQLError && error.message.includes('maximum allowed number of nodes')) {
      throw queryTooComplex('The query has too many fields', { maxCost: limits.maxCost });
    }
    // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT before any resolver runs.
    return { ...shape, cost: 0 };
  }
  assertCost(limits, cost, 'The query');
  return { ...shape, cost };
}

/** `subject` is "The query" for one operation, "The batch" for the operations of one request together. */
function assertShape(limits: QueryLimitConfig, shape: OperationShape, subject: string): void {
  if (shape.aliases > limits.maxAliases) {
    throw queryTooComplex(`${subject} holds ${shape.aliases} aliased fields; the limit is ${limits.maxAliases}`, {
      aliases: shape.aliases,
      maxAliases: limits.maxAliases,
    });
  }
  if (shape.fields > limits.maxFields) {
    throw queryTooComplex(`${subject} selects ${shape.fields} fields; the limit is ${limits.maxFields}`, { fields: shape.fields, maxFields: limits.maxFields });
  }
  if (shape.heavyRoots > limits.maxHeavyRoots) {
    throw queryTooComplex(`${subject} asks for ${shape.heavyRoots} reports, roll-ups or budgets; the limit is ${limits.maxHeavyRoots}`, {
      heavyRoots: shape.heavyRoots,
      maxHeavyRoots: limits.maxHeavyRoots,
    });
  }
}

function assertCost(limits: QueryLimitConfig, cost: number, subject: string): void {
  if (cost > limits.maxCost) {
    const advice = 'Ask for smaller pages or fewer nested lists';
    throw queryTooComplex(`${subject} would cost ${cost}; the limit is ${limits.maxCost}. ${advice}`, { cost, maxCost: limits.maxCost });
  }
}

/**
 * The operations of one HTTP request (a JSON batch holds up to maxBatchOperations) share one allowance:
 * each adds its figures as it is checked, and the one that passes a limit is refused. Those admitted
 * before it stay within the limits together.
 */
class RequestTally {
  private readonly byRequest = new WeakMap<object, OperationFigures>();

  add(limits: QueryLimitConfig, request: object, figures: OperationFigures): void {
    const before = this.byRequest.get(request);
    if (!before) {
      this.byRequest.set(request, figures);
      return;
    }
    const total: OperationFigures = {
      aliases: before.aliases + figures.aliases,
      fields: before.fields + figures.fields,
      heavyRoots: before.heavyRoots + figures.heavyRoots,
      introspection: before.introspection || figures.introspection,
      cost: before.cost + figures.cost,
    };
    assertShape(limits, total, 'The batch');
    assertCost(limits, total.cost, 'The batch');
    this.byRequest.set(request, total);
  }
}

const STATUS_BY_CODE: Record<string, number> = { [ErrorCode.QUERY_TOO_COMPLEX]: 400, [ErrorCode.UNAUTHENTICATED]: 401 };

/** Errors refused before execution answer with a matching HTTP status instead of Apollo's default 500. */
function withHttpStatus(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const status = STATUS_BY_CODE[String(error.extensions.code)];
  return status ? new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } }) : error;
}

/**
 * Checks every operation against the limits once it is parsed, validated and resolved — before it
 * executes — and only then lets `onAccepted` run (the caller's identification, which is the first SQL of
 * a request). One hook does both in order: Apollo runs the plugins' hooks in parallel. Introspection
 * needs a signed-in caller or an API key unless `introspection` is public; the check follows the
 * identification, which costs no SQL for a caller without credentials.
 */
export function queryLimitsPlugin(limits: QueryLimitConfig, onAccepted: (context: RequestContext) => Promise<void>): ApolloServerPlugin<RequestContext> {
  const measured = new MeasuredOperations();
  const tally = new RequestTally();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          try {
            if (!operation) return; // Apollo answers a missing operation itself
            let figures = measured.get(operation, request.variables);
            if (!figures) {
              figures = assertWithinLimits(limits, schema, document, operation, request.variables);
              measured.add(operation, request.variables, figures);
            }
            if (contextValue.req) tally.add(limits, contextValue.req, figures);
            await onAccepted(contextValue);
            if (figures.introspection && limits.introspection === 'signed-in' && !contextValue.session.scope.caller) {
              throw unauthenticated('errors.introspectionSignedIn');
            }
          } catch (error) {
            throw withHttpStatus(error);
          }
        },
      };
    },
  };
}

/**
 * Operations (with their variables) already found within the limits, with their figures. Apollo keeps
 * each parsed document, so a client repeating a query sends the same operation node: weighing it again
 * walked the whole document with the schema on every request (docs/SCALING.md). Refusals are not remembered.
 */
class MeasuredOperations {
  private static readonly MAX_VARIABLE_SETS = 100;
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Map<string, OperationFigures>>();

  get(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): OperationFigures | undefined {
    return this.byOperation.get(operation)?.get(JSON.stringify(variables ?? {}));
  }

  add(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, figures: OperationFigures): void {
    let sets = this.byOperation.get(operation);
    if (!sets) this.byOperation.set(operation, (sets = new Map()));
    if (sets.size >= MeasuredOperations.MAX_VARIABLE_SETS) sets.clear();
    sets.set(JSON.stringify(variables ?? {}), figures);
  }
}
