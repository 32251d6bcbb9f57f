import { buildSchema, MaxIntrospectionDepthRule, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { checkComplexity, introspectionRules, limitRules, measure, refusedBeforeExecution, type QueryLimits } from './limits.js';

// Depth and cost as the server measures them before any resolver runs, on a small Relay-shaped schema; each
// expected figure is worked out in the comment beside it.

const schema = buildSchema(`
  interface Node { id: ID! }
  type Park implements Node { id: ID! name: String parent: Park tenants(first: Int, last: Int): OrgConnection! }
  type Org implements Node { id: ID! name: String parks(first: Int, last: Int): ParkConnection! newest(first: Int): ParkConnection! oldest(last: Int): ParkConnection! }
  type ParkConnection { edges: [ParkEdge!]! nodes: [Park!]! totalCount: Int }
  type ParkEdge { node: Park! cursor: String }
  type OrgConnection { edges: [OrgEdge!]! nodes: [Org!]! }
  type OrgEdge { node: Org! }
  type Query {
    version: String
    park(id: ID!): Park
    parks(first: Int, last: Int, after: String): ParkConnection!
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
    parksByIds(ids: [ID!]!): [Park]!
  }
  type Mutation { touch: Park }
`);

const m = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => measure(schema, parse(query), operationName, variables);

describe('measure', () => {
  test('a scalar is one level and no objects', () => {
    expect(m('{ version }')).toEqual({ depth: 1, cost: 0 });
  });

  test('each object field counts once per parent object', () => {
    // park 1 + parent 1; name is level 3.
    expect(m('{ park(id: 1) { name parent { name } } }')).toEqual({ depth: 3, cost: 2 });
  });

  test('a page multiplies what is below it by its size; edges and node add no level and no object', () => {
    // parks 1; tenants once per park: 5; their nodes wrap 5 × 3 orgs with only scalars below.
    // Levels: parks 1, name and tenants 2, the orgs' name 3.
    expect(m('{ parks(first: 5) { edges { node { name tenants(first: 3) { nodes { name } } } } } }')).toEqual({ depth: 3, cost: 6 });
    // One more level of objects: each of the 15 orgs' parks: 15, under which 15 × 2 parents: 30.
    expect(m('{ parks(first: 5) { nodes { tenants(first: 3) { nodes { parks(last: 2) { nodes { parent { id } } } } } } } }')).toEqual({
      depth: 5,
      cost: 1 + 5 + 15 + 30,
    });
  });

  test('without first or last a page counts as 20; variables are read', () => {
    // parks 1 + tenants 20.
    expect(m('{ parks { nodes { tenants { nodes { id } } } } }')).toEqual({ depth: 3, cost: 21 });
    expect(m('query ($n: Int) { parks(first: $n) { nodes { parent { id } } } }', { n: 7 })).toEqual({ depth: 3, cost: 8 });
    expect(m('query ($n: Int) { parks(last: $n) { nodes { parent { id } } } }', { n: 4 })).toEqual({ depth: 3, cost: 5 });
  });

  test('a page of 0 (or a size that is no number) holds nothing below it', () => {
    expect(m('{ parks(first: 0) { nodes { parent { id } } } }')).toEqual({ depth: 3, cost: 1 });
    expect(m('query ($n: Int) { parks(first: $n) { nodes { parent { id } } } }', { n: 'many' })).toEqual({ depth: 3, cost: 1 });
    expect(m('query ($n: Int) { parks(first: $n) { nodes { parent { id } } } }', { n: -5 })).toEqual({ depth: 3, cost: 1 });
  });

  test('nodes(ids:) multiplies by the number of ids; fragments count where they are spread', () => {
    // nodes 1, then 3 parents through the inline fragment.
    expect(m('{ nodes(ids: ["a", "b", "c"]) { ... on Park { parent { id } } } }')).toEqual({ depth: 3, cost: 4 });
    expect(m('fragment P on Park { parent { id } } { park(id: 1) { ...P } }')).toEqual({ depth: 3, cost: 2 });
    expect(m('{ park(id: 1) { ... { parent { id } } } }')).toEqual({ depth: 3, cost: 2 });
    // A fragment spread inside itself is walked once.
    expect(m('fragment F on Park { parent { ...F } } { park(id: 1) { ...F } }')).toEqual({ depth: 2, cost: 2 });
    // A spread of a fragment the document lacks counts nothing (validation reports it).
    expect(m('{ park(id: 1) { ...Missing } }')).toEqual({ depth: 1, cost: 1 });
  });

  test('introspection is neither walked nor counted', () => {
    expect(m('{ __schema { types { name } } }')).toEqual({ depth: 0, cost: 0 });
    expect(m('{ __schema { types { fields { type { name } } } } version }')).toEqual({ depth: 1, cost: 0 });
    expect(m('{ __type(name: "Park") { fields { name } } }')).toEqual({ depth: 0, cost: 0 });
  });

  test('the operation named is the one measured; mutations from the mutation root', () => {
    const doc = 'query A { version } query B { park(id: 1) { parent { id } } }';
    expect(m(doc, {}, 'B')).toEqual({ depth: 3, cost: 2 });
    expect(m(doc, {}, 'A')).toEqual({ depth: 1, cost: 0 });
    expect(m(doc)).toEqual({ depth: 1, cost: 0 });
    expect(m(doc, {}, 'C')).toEqual({ depth: 0, cost: 0 });
    expect(m('mutation { touch { parent { id } } }')).toEqual({ depth: 3, cost: 2 });
    // This schema has no subscription root: nothing to measure.
    expect(m('subscription { touch { id } }')).toEqual({ depth: 0, cost: 0 });
  });

  test('only a connection’s edges and nodes and the node under edges are wrappers', () => {
    // A connection's own scalars, an edge's cursor and node(id:) at the root are levels of their own.
    expect(m('{ parks { totalCount } }')).toEqual({ depth: 2, cost: 1 });
    expect(m('{ parks { edges { cursor } } }')).toEqual({ depth: 2, cost: 1 });
    expect(m('{ node(id: "a") { id } }')).toEqual({ depth: 2, cost: 1 });
    expect(m('{ node(id: "a") { ... on Park { parent { id } } } }')).toEqual({ depth: 3, cost: 2 });
  });

  test('a list with only first, or only last, is paged by it; an ids argument multiplies nodes only', () => {
    // org 1 (via node), then 4 parks under it, each with a parent: 4.
    expect(m('{ node(id: "o") { ... on Org { newest(first: 4) { nodes { parent { id } } } } } }')).toEqual({ depth: 4, cost: 1 + 1 + 4 });
    expect(m('{ node(id: "o") { ... on Org { oldest(last: 3) { nodes { parent { id } } } } } }')).toEqual({ depth: 4, cost: 1 + 1 + 3 });
    expect(m('{ parksByIds(ids: ["a", "b"]) { parent { id } } }')).toEqual({ depth: 3, cost: 2 });
  });

  test('an unknown field is one level and costs nothing (validation reports it)', () => {
    expect(m('{ park(id: 1) { nope { id } } }')).toEqual({ depth: 2, cost: 1 });
  });
});

describe('checkComplexity', () => {
  const limits: QueryLimits = { maxDepth: 3, maxCost: 6, maxAliases: 2, maxDirectives: 2, maxTokens: 1000 };
  const check = (query: string) => {
    try {
      checkComplexity(limits, schema, parse(query), undefined, {});
      return 'ok';
    } catch (err) {
      const e = err as { message: string; extensions: unknown };
      return { message: e.message, extensions: e.extensions };
    }
  };

  test('at the depth limit passes; one level more is refused with its figures', () => {
    expect(check('{ park(id: 1) { parent { id } } }')).toBe('ok');
    expect(check('{ park(id: 1) { parent { parent { id } } } }')).toEqual({
      message: "The query is 4 levels deep; at most 3 are allowed (Relay's edges/node levels not counted)",
      extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
    });
  });

  test('at the cost limit passes; one object more is refused with its figures', () => {
    expect(check('{ parks(first: 5) { nodes { parent { id } } } }')).toBe('ok');
    expect(check('{ parks(first: 6) { nodes { parent { id } } } }')).toEqual({
      message: 'The query could return about 7 objects; at most 6 are allowed. Ask for smaller pages (first/last) or fewer nested lists',
      extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
    });
  });
});

describe('validation rules', () => {
  const limits: QueryLimits = { maxDepth: 10, maxCost: 100, maxAliases: 2, maxDirectives: 2, maxTokens: 1000 };
  const errors = (query: string) => validate(schema, parse(query), [...specifiedRules, ...limitRules(limits)]).map((e) => e.message);

  test('aliases and directives up to their limits pass; one more is reported, not thrown', () => {
    expect(errors('{ a: version b: version }')).toEqual([]);
    expect(errors('{ a: version b: version c: version }')).toEqual(['Syntax Error: Aliases limit of 2 exceeded, found 3.']);
    expect(errors('{ version @skip(if: false) @include(if: true) }')).toEqual([]);
    expect(errors('{ version @skip(if: false) @include(if: true) name: version @skip(if: true) }')).toHaveLength(1);
    expect(errors('{ version @skip(if: false) @include(if: true) name: version @skip(if: true) }')[0]).toMatch(/Directives limit of 2 exceeded, found 3/);
  });

  test('the introspection depth rule runs exactly once', () => {
    expect([...specifiedRules, ...introspectionRules].filter((r) => r === MaxIntrospectionDepthRule)).toHaveLength(1);
  });
});

describe('refusedBeforeExecution (admission control lets these through without capacity)', () => {
  const limits: QueryLimits = { maxDepth: 3, maxCost: 6, maxAliases: 2, maxDirectives: 2, maxTokens: 40 };
  const refused = refusedBeforeExecution(schema, limits);

  test('a document that parses, validates and stays within every limit is not refused', () => {
    expect(refused('{ parks(first: 5) { nodes { parent { id } } } }', undefined, {})).toBe(false);
    expect(refused('query P($n: Int) { parks(first: $n) { nodes { id } } }', 'P', { n: 6 })).toBe(false);
  });

  test('one that does not parse, names a field the schema lacks, or is over the token, alias, depth or cost limits is', () => {
    expect(refused('{ parks(first: 5) { nodes { id', undefined, {})).toBe(true);
    expect(refused('{ parks(first: 5) { nodes { secret } } }', undefined, {})).toBe(true);
    expect(refused(`{ ${'version '.repeat(41)}}`, undefined, {})).toBe(true);
    expect(refused('{ a: version b: version c: version }', undefined, {})).toBe(true);
    expect(refused('{ park(id: 1) { parent { parent { id } } } }', undefined, {})).toBe(true);
    expect(refused('{ parks(first: 6) { nodes { parent { id } } } }', undefined, {})).toBe(true);
  });

  test('the cost follows the variables of each request, the same document allowed with one and refused with another', () => {
    const query = 'query P($n: Int) { parks(first: $n) { nodes { parent { id } } } }';
    expect(refused(query, 'P', { n: 5 })).toBe(false);
    expect(refused(query, 'P', { n: 6 })).toBe(true);
    expect(refused(query, 'P', { n: 5 })).toBe(false);
  });
});
