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
import { ErrorCode, queryTooComplex } from '../shared/errors';

export interface QueryLimits {
  /** Deepest field nesting of an operation (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Highest estimated cost; see `fieldCost`. */
  maxCost: number;
}

/**
 * Introspection (GraphiQL, codegen) nests `ofType` deeper than data queries need (15 levels). Its lists
 * hold the schema, not rows, so it is not weighed by cost; `fields { type { fields … } }` explosions are
 * refused by graphql-js's own MaxIntrospectionDepthRule, which Apollo Server applies.
 */
export const MAX_INTROSPECTION_DEPTH = 15;
/** Rows assumed for a list field that takes no `first` (districts, communes of a district, members of a board…). */
export const LIST_ESTIMATE = 10;

/**
 * What a field costs: 1 plus what is selected under it, times the rows it may return — the requested
 * `first` for a paged connection (its default when omitted), LIST_ESTIMATE for another list. The
 * `edges` of a connection are already counted by the connection's `first`.
 */
export const fieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = 1 + childComplexity;
  if (type.name.startsWith('__')) return own;
  if (typeof args.first === 'number') return own * Math.max(args.first, 1);
  if (!isListType(getNullableType(field.type)) || type.name.endsWith('Connection')) return own;
  return own * LIST_ESTIMATE;
};

export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [fieldCost] });
}

/** The deepest nesting of each root field; introspection roots are measured against their own limit. */
export function operationDepth(operation: OperationDefinitionNode, document: DocumentNode): { data: number; introspection: number } {
  const fragments = fragmentsOf(document);
  const depths = { data: 0, introspection: 0 };
  for (const root of rootFields(operation.selectionSet, fragments)) {
    const depth = 1 + selectionDepth(root.selectionSet, fragments, new Set());
    const kind = root.name.value === '__schema' || root.name.value === '__type' ? 'introspection' : 'data';
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
      if (fragment && !seen.has(fragment.name.value)) deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
    }
  }
  return deepest;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** Throws QUERY_TOO_COMPLEX (with the measured figures) when the operation passes a limit. */
export function assertWithinLimits(
  limits: QueryLimits,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  const depth = operationDepth(operation, document);
  if (depth.data > limits.maxDepth) throw queryTooComplex(`The query nests ${depth.data} levels deep; the limit is ${limits.maxDepth}`, { depth: depth.data, maxDepth: limits.maxDepth });
  if (depth.introspection > MAX_INTROSPECTION_DEPTH) {
    throw queryTooComplex(`The introspection query nests ${depth.introspection} levels deep; the limit is ${MAX_INTROSPECTION_DEPTH}`, {
      depth: depth.introspection,
      maxDepth: MAX_INTROSPECTION_DEPTH,
    });
  }
  let cost: number;
  try {
    cost = operationCost(schema, document, operation.name?.value, variables);
  } catch (error) {
    if (error instanceof GraphQLError && error.message.includes('maximum allowed number of nodes')) {
      throw queryTooComplex('The query has too many fields', { maxCost: limits.maxCost });
    }
    // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT before any resolver runs.
    return;
  }
  if (cost > limits.maxCost) throw queryTooComplex(`The query would cost ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists`, { cost, maxCost: limits.maxCost });
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
 * a request). One hook does both in order: Apollo runs the plugins' hooks in parallel.
 */
export function queryLimitsPlugin(limits: QueryLimits, onAccepted: (context: RequestContext) => Promise<void>): ApolloServerPlugin<RequestContext> {
  const passed = new PassedChecks();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          try {
            if (!operation) return; // Apollo answers a missing operation itself
            if (!passed.has(operation, request.variables)) {
              assertWithinLimits(limits, schema, document, operation, request.variables);
              passed.add(operation, request.variables);
            }
            await onAccepted(contextValue);
          } catch (error) {
            throw withHttpStatus(error);
          }
        },
      };
    },
  };
}

/**
 * Operations (with their variables) already found within the limits. Apollo keeps each parsed document,
 * so a client repeating a query sends the same operation node: weighing it again walked the whole
 * document with the schema on every request (docs/SCALING.md). Refusals are not remembered.
 */
class PassedChecks {
  private static readonly MAX_VARIABLE_SETS = 100;
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Set<string>>();

  has(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): boolean {
    return this.byOperation.get(operation)?.has(JSON.stringify(variables ?? {})) ?? false;
  }

  add(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): void {
    let sets = this.byOperation.get(operation);
    if (!sets) this.byOperation.set(operation, (sets = new Set()));
    if (sets.size >= PassedChecks.MAX_VARIABLE_SETS) sets.clear();
    sets.add(JSON.stringify(variables ?? {}));
  }
}
