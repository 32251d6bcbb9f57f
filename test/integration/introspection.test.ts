import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';
import { graphql } from '../__generated__/gql.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const IntrospectionClosedTypename = graphql(`
  query IntrospectionClosedTypename {
    parks(first: 1) {
      __typename
      totalCount
    }
  }
`);

// Deployments start with NODE_ENV=production: introspection follows the INTROSPECTION setting there, bounded by
// graphql-js's introspection depth rule and the token limit (the depth and cost limits do not count it).
describe.each(DIALECTS)('introspection in a production server on %s', (dialect) => {
  let server: TestServer;
  let closed: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { env: { NODE_ENV: 'production' } });
    closed = await createTestServer(dialect, { seed: false, env: { NODE_ENV: 'production', INTROSPECTION: 'false' } });
  });
  afterAll(async () => {
    await server?.close();
    await closed?.close();
  });

  it('answers the standard introspection query, deeper than the depth limit, with the schema docs', async () => {
    // graphql-js's own introspection query, sent as its string and typed by graphql-js's IntrospectionQuery.
    const res = await server.gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    expect(res.errors, res.body.slice(0, 300)).toBeUndefined();
    expect(res.status).toBe(200);
    const query = res.data?.__schema.types.find((t) => t.name === 'Query');
    const park = query?.kind === 'OBJECT' ? query.fields.find((f) => f.name === 'park') : undefined;
    expect(park?.description).toMatch(/One park by its slug/);
    // The same shape as a data query would be refused: introspection is kept out of depth and cost on purpose.
    const ofTypes = (n: number) => `${'ofType { '.repeat(n)}name${' }'.repeat(n)}`;
    const deepType = await server.gql(`{ __type(name: "Park") { fields { type { ${ofTypes(12)} } } } }`);
    expect(deepType.errors).toBeUndefined();
  });

  it('refuses introspection nested deeper than the introspection depth rule allows, before anything runs', async () => {
    for (const query of [
      `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`,
      `{ __type(name: "Park") { fields { type { interfaces { possibleTypes { name } } } } } }`,
      `query { __schema { types { ...T } } } fragment T on __Type { fields { type { fields { type { ...T } } } } }`,
    ]) {
      const res = await server.gql(query);
      expect(res.status, res.body.slice(0, 300)).toBe(400);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const res = await server.gql(`{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`);
    expect(res.errors?.[0].message).toBe('Maximum introspection depth exceeded');
  });

  it('refuses an endless ofType chain at the token limit', async () => {
    const chain = `${'ofType { '.repeat(1600)}name${' }'.repeat(1600)}`;
    const res = await server.gql(`{ __type(name: "Park") { ${chain} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0].message).toMatch(/more that 3000 tokens/);
  });

  it('with INTROSPECTION=false refuses introspection with a stable code and still publishes the SDL', async () => {
    const res = await closed.gql(`{ __schema { queryType { fields { name description } } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/introspection is not allowed/i);
    // __typename is not introspection of the schema: clients keep asking for it.
    const typename = await closed.gql(IntrospectionClosedTypename);
    expect(typename.errors).toBeUndefined();
    const sdl = await fetch(`${closed.url}/schema.graphql`);
    expect(sdl.status).toBe(200);
    const text = await sdl.text();
    expect(text).toContain('type Query');
    expect(text).toContain('One park by its slug');
  });
});

describe('the INTROSPECTION setting', () => {
  it('defaults to on and is checked like every other setting', () => {
    expect(loadConfig({}).INTROSPECTION).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'false' }).INTROSPECTION).toBe(false);
    expect(() => loadConfig({ INTROSPECTION: 'no' })).toThrow(ConfigError);
    expect(() => loadConfig({ INTROSPECTION: 'no' })).toThrow(/INTROSPECTION/);
  });
});
