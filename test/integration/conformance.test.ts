import { auditServer } from 'graphql-http';
import {
  getIntrospectionQuery,
  type IntrospectionField,
  type IntrospectionNamedTypeRef,
  type IntrospectionOutputTypeRef,
  type IntrospectionQuery,
  type IntrospectionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredRoles } from '../../server/src/graphql/authorization.js';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { createTestServer, fieldOf, type TestServer } from '../helpers/server.js';

/**
 * The SHOULD recommendations the server does not follow, each with the reason the README gives ("For tools"). A new
 * warning, or one of these fixed, fails the test so the README's list stays true.
 */
const KNOWN_WARNINGS: Record<string, string> = {
  // Apollo Server answers a request it cannot parse, validate or coerce with 400 whatever the Accept header; the spec
  // recommends 200 for legacy application/json clients. The body is the same GraphQL error either way.
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  FDE2: 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
};

// Deployments run with NODE_ENV=production: that is the server tools meet.
describe('GraphQL over HTTP, as a tool meets it', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer('sqlite', { demo: true, env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('passes every MUST of the graphql-http conformance audit; the SHOULD warnings are the documented ones', async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    expect(results.length).toBeGreaterThan(20);
    const failed = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${r.status === 'error' ? r.reason : ''}`);
    expect(failed).toEqual([]);
    const warnings = Object.fromEntries(results.filter((r) => r.status === 'warn').map((r) => [r.id, r.name]));
    expect(warnings).toEqual(KNOWN_WARNINGS);
    // Every MUST was run and passed, not skipped.
    expect(results.filter((r) => r.name.startsWith('MUST')).every((r) => r.status === 'ok')).toBe(true);
  });

  it('lets a client that knows only the URL introspect the schema and read every public top-level list', async () => {
    const introspection = await server.gql<IntrospectionQuery>(getIntrospectionQuery());
    expect(introspection.errors, introspection.body.slice(0, 300)).toBeUndefined();
    const schema = introspection.data!.__schema;
    const types = new Map(schema.types.map((t) => [t.name, t]));
    const query = types.get(schema.queryType.name);
    if (query?.kind !== 'OBJECT') throw new Error('no Query type in the introspection result');

    const lists = query.fields.filter((f) => isList(f.type, types));
    // Officer-only fields say so in their description (the @requires directive writes it there).
    const officerOnly = lists.filter((f) => /Requires the \w+ role/.test(f.description ?? '')).map((f) => f.name);
    // A list that cannot be read without arguments (IDs, a period, a fit request) is not one a client lists blindly.
    const needArguments = lists.filter((f) => f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null)).map((f) => f.name);
    const publicLists = lists.filter((f) => !officerOnly.includes(f.name) && !needArguments.includes(f.name));

    // The descriptions name exactly the list fields the server guards with @requires.
    const guarded = [...requiredRoles(buildSchema())].filter(([field, role]) => field.startsWith('Query.') && role !== 'ANONYMOUS').map(([f]) => f.slice(6));
    expect(officerOnly.sort()).toEqual(guarded.filter((f) => lists.some((l) => l.name === f)).sort());
    expect(officerOnly).toEqual(expect.arrayContaining(['apiKeys', 'officers', 'auditLog', 'savedViews']));
    expect(publicLists.map((f) => f.name)).toEqual(expect.arrayContaining(['parks', 'organizations', 'investments', 'deals', 'events', 'sectors']));

    const read: Record<string, number> = {};
    for (const field of publicLists) {
      const document = `query Read { ${field.name} ${selection(named(field.type), types, 0)} }`;
      const res = await server.gql(document);
      expect(res.errors, `${document}\n${res.body.slice(0, 500)}`).toBeUndefined();
      expect(res.status).toBe(200);
      const value = fieldOf(res, field.name);
      const rows = Array.isArray(value) ? value : (value as { edges?: unknown[] } | null)?.edges;
      expect(Array.isArray(rows), `${field.name}: ${res.body.slice(0, 200)}`).toBe(true);
      read[field.name] = (rows as unknown[]).length;
    }
    // With the source records and the demo data, every list has rows to read.
    expect(Object.keys(read).filter((name) => read[name] === 0)).toEqual([]);
  });
});

function named(ref: IntrospectionOutputTypeRef): IntrospectionNamedTypeRef {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? named(ref.ofType) : ref;
}

/** A list, or a Relay connection (an object whose `edges` is a list). */
function isList(ref: IntrospectionOutputTypeRef, types: Map<string, IntrospectionType>): boolean {
  if (ref.kind === 'NON_NULL') return isList(ref.ofType, types);
  if (ref.kind === 'LIST') return true;
  const type = types.get(ref.name);
  const edges = type?.kind === 'OBJECT' ? type.fields.find((f) => f.name === 'edges') : undefined;
  return edges ? isList(edges.type, types) && !named(edges.type).name.startsWith('__') : false;
}

const readable = (f: IntrospectionField) => !f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null);

/**
 * The smallest selection that reads data: a type's scalar and enum fields (needing no arguments); through a connection,
 * its edges' cursors and nodes; __typename where a type has no such field (or is abstract).
 */
function selection(ref: IntrospectionNamedTypeRef, types: Map<string, IntrospectionType>, depth: number): string {
  const type = types.get(ref.name);
  if (!type || type.kind === 'SCALAR' || type.kind === 'ENUM') return '';
  if (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE') return '{ __typename }';
  const fields = type.fields.filter(readable);
  const edges = fields.find((f) => f.name === 'edges');
  if (edges && depth === 0) {
    const pageInfo = fields.find((f) => f.name === 'pageInfo');
    return `{ edges ${selection(named(edges.type), types, depth + 1)}${pageInfo ? ` pageInfo ${selection(named(pageInfo.type), types, depth + 1)}` : ''} }`;
  }
  const leaves = fields.filter((f) => ['SCALAR', 'ENUM'].includes(types.get(named(f.type).name)?.kind ?? '')).map((f) => f.name);
  const node = fields.find((f) => f.name === 'node');
  const inner = node ? ` node ${selection(named(node.type), types, depth + 1)}` : '';
  return `{ __typename ${leaves.join(' ')}${inner} }`;
}
