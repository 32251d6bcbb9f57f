// Query limits checked before anything runs: depth and cost (Relay-aware, below), aliases and directives
// (graphql-armor's rules), tokens (graphql's own parser limit, set in app.ts).
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  Kind,
  MaxIntrospectionDepthRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

const report = (context: ValidationContext | null, error: GraphQLError) => {
  // graphql-armor runs these rules inside validation, where a context is always given.
  if (!context) throw error;
  context.reportError(error);
};

/** graphql-armor's alias and directive counters, reporting through validation instead of throwing. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [report] };
  return [maxAliasesRule({ n: limits.maxAliases, ...common }), maxDirectivesRule({ n: limits.maxDirectives, ...common })];
}

/**
 * Introspection (`__schema`, `__type`) is bounded by graphql-js's introspection depth rule (nested list fields such
 * as fields → type → fields) and the token limit, not by depth and cost, which skip it: a standard introspection
 * query is deeper than any data query needs to be. The rule is among graphql 16's specified rules (which Apollo
 * always runs); added here should a version ever drop it.
 */
export const introspectionRules: ValidationRule[] = specifiedRules.includes(MaxIntrospectionDepthRule) ? [] : [MaxIntrospectionDepthRule];

const isIntrospection = (name: string) => name === '__schema' || name === '__type';

/**
 * Relay's wrapper levels (a connection's `edges` and `nodes`, the `node` under `edges`) add no depth: a page of parks is
 * one level. `nodes(ids:)` at the root is no wrapper: it returns objects, one level like `node(id:)`.
 */
const isWrapper = (name: string, parent: string | undefined, on: GraphQLCompositeType) =>
  (name === 'nodes' && on.name.endsWith('Connection')) || name === 'edges' || (name === 'node' && parent === 'edges');

/**
 * Depth and cost of the operation about to run. Cost is the number of objects it can return: each object field
 * counts once per parent object, and a paginated field multiplies what is below it by its page size (`first` or
 * `last`, 20 when absent), `nodes(ids:)` by the number of ids.
 */
export function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): { depth: number; cost: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return { depth: 0, cost: 0 };
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  let maxDepth = 0;

  const walk = (
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    depth: number,
    multiplier: number,
    parentField: string | undefined,
    seen: Set<string>,
  ): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on && isCompositeType(on)) cost += walk(fragment.selectionSet, on, depth, multiplier, parentField, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on && isCompositeType(on)) cost += walk(selection.selectionSet, on, depth, multiplier, parentField, seen);
        continue;
      }
      const name = selection.name.value;
      // Neither counted nor walked: bounded by introspectionRules and the token limit instead.
      if (isIntrospection(name)) continue;
      const wrapper = isWrapper(name, parentField, type);
      const level = wrapper ? depth : depth + 1;
      maxDepth = Math.max(maxDepth, level);
      if (!selection.selectionSet || !('getFields' in type)) continue;
      const field = type.getFields()[name];
      const child = field ? getNamedType(field.type) : undefined;
      if (!child || !isCompositeType(child)) continue;
      const args = new Map((selection.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
      const definedArgs = new Set(field.args.map((a) => a.name));
      let factor = 1;
      if (definedArgs.has('first') || definedArgs.has('last')) factor = Number(args.get('first') ?? args.get('last') ?? DEFAULT_PAGE_SIZE) || 0;
      else if (name === 'nodes' && Array.isArray(args.get('ids'))) factor = (args.get('ids') as unknown[]).length;
      const objects = wrapper ? 0 : multiplier;
      cost += objects + walk(selection.selectionSet, child, level, multiplier * Math.max(factor, 0), name, seen);
    }
    return cost;
  };
  const cost = root ? walk(operation.selectionSet, root, 0, 1, undefined, new Set()) : 0;
  return { depth: maxDepth, cost };
}

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
}

/** Refuses an operation over the depth or cost limit, before any resolver runs. */
export function checkComplexity(
  limits: QueryLimits,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): void {
  const { depth, cost } = measure(schema, document, operationName, variables);
  if (depth > limits.maxDepth)
    throw tooComplex(`The query is ${depth} levels deep; at most ${limits.maxDepth} are allowed (Relay's edges/node levels not counted)`);
  if (cost > limits.maxCost) {
    throw tooComplex(
      `The query could return about ${cost} objects; at most ${limits.maxCost} are allowed. Ask for smaller pages (first/last) or fewer nested lists`,
    );
  }
}

/**
 * Whether the server will refuse a request's operation before any resolver runs (a document that does not parse or
 * validate, over the aliases, directives, depth or cost limits): such a request needs no share of admission control's
 * capacity, and under overload it gets its 400 at once instead of a 503. Documents are judged once each (the cost
 * alone depends on the variables, so it is measured per request: a walk of the document, no SQL).
 */
export function refusedBeforeExecution(
  schema: GraphQLSchema,
  limits: QueryLimits,
): (query: string, operationName: string | undefined, variables: unknown) => boolean {
  const rules = [...specifiedRules, ...limitRules(limits), ...introspectionRules];
  const documents = new LRUCache<string, DocumentNode | false>({ max: 2000 });
  return (query, operationName, variables) => {
    const key = `${operationName ?? ''}\u0000${query}`;
    let document = documents.get(key);
    if (document === undefined) {
      try {
        const parsed = parse(query, { maxTokens: limits.maxTokens });
        document = validate(schema, parsed, rules).length ? false : parsed;
      } catch {
        document = false;
      }
      documents.set(key, document);
    }
    if (document === false) return true;
    try {
      checkComplexity(limits, schema, document, operationName, (variables ?? {}) as Record<string, unknown>);
      return false;
    } catch {
      return true;
    }
  };
}
