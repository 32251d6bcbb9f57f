// One rule for text (issue 19): a NUL or an unpaired surrogate in any String or ID argument, input field or variable
// is refused with BAD_USER_INPUT naming the field, before any resolver or SQL: never an internal error, nothing written.
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, graphQLBody, type TestServer } from '../helpers/server.js';

/** One place to put a NUL: the argument, the value holding the NUL at `field`, and the field the refusal must name. */
interface Probe {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  arg: string;
  value: unknown;
  path: string;
}

const isText = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);

/**
 * `bad` at every String or ID spot of an input type, each with its path: an input object's text fields once per
 * input type over the whole walk (`covered`), where it is first met, so nested filters do not multiply the requests.
 */
function placements(type: GraphQLInputType, bad: string, path: string, covered: Set<string> | null): { value: unknown; path: string }[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return placements(inner.ofType, bad, `${path}.0`, covered).map((p) => ({ value: [p.value], path: p.path }));
  if (isText(inner)) return [{ value: bad, path }];
  if (!isInputObjectType(inner) || !covered) return [];
  return Object.values(inner.getFields()).flatMap((f) => {
    const key = `${inner.name}.${f.name}`;
    if (covered.has(key)) return [];
    covered.add(key);
    return placements(f.type, bad, `${path}.${f.name}`, covered).map((p) => ({ value: { [f.name]: p.value }, path: p.path }));
  });
}

/** Probes for every argument of every root field; into input objects only when `covered` is given. */
function probes(root: GraphQLObjectType | null | undefined, operation: Probe['operation'], bad: string, covered: Set<string> | null): Probe[] {
  return Object.values(root?.getFields() ?? {}).flatMap((field) =>
    field.args.flatMap((arg) => placements(arg.type, bad, arg.name, covered).map((p) => ({ operation, field, arg: arg.name, ...p }))),
  );
}

/** The probe's operation: every argument of the field passed as a variable, only the probed one given a value. */
function documentOf({ operation, field }: Probe): string {
  const args = field.args;
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation}${vars ? `(${vars})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** `fn` on every item, eight at a time; the answers beside their items, in order. */
async function inParallel<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<[T, R][]> {
  const out: [T, R][] = [];
  for (let i = 0; i < items.length; i += 8) {
    const batch = items.slice(i, i + 8);
    out.push(...(await Promise.all(batch.map(async (item): Promise<[T, R]> => [item, await fn(item)]))));
  }
  return out;
}

describe.each(DIALECTS)('the text rule (%s)', (dialect) => {
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: true });
    admin = (await signedIn(server, 'ADMIN')).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Rows in every table of the database. */
  async function rowCounts(): Promise<Record<string, number>> {
    const em = server.em();
    const counts: Record<string, number> = {};
    for (const meta of Object.values(server.orm.getMetadata().getAll())) {
      if (meta.embeddable || meta.virtual || meta.abstract || !meta.tableName || counts[meta.tableName] !== undefined) continue;
      const [row] = await em.getConnection().execute<{ n: number | string }[]>(`select count(*) as n from ${em.getPlatform().quoteIdentifier(meta.tableName)}`);
      counts[meta.tableName] = Number(row.n);
    }
    return counts;
  }

  /** The server's error log lines written while `fn` runs. */
  async function errorsLogged(fn: () => Promise<void>) {
    const from = server.logs.length;
    await fn();
    return server.logs.slice(from).filter((l) => Number(l.level) >= 50);
  }

  it('refuses a NUL and an unpaired surrogate at every String and ID argument and input field of every query and mutation', async () => {
    const intro = await server.gql<IntrospectionQuery>(getIntrospectionQuery(), undefined, admin);
    expect(intro.errors).toBeUndefined();
    const schema = buildClientSchema(intro.data!);
    const before = await rowCounts();
    const seen: string[] = [];
    const logged = await errorsLogged(async () => {
      // A NUL at every text argument and every text field of every input type; the surrogates at every text argument.
      for (const [bad, covered] of [
        ['a\u0000b', new Set<string>()],
        ['a\uD800b', null],
        ['\uDC00', null],
      ] as const) {
        const all = [...probes(schema.getQueryType(), 'query', bad, covered), ...probes(schema.getMutationType(), 'mutation', bad, covered)];
        // A schema without text arguments would make this test pass with nothing checked.
        expect(all.length).toBeGreaterThan(40);
        const answers = await inParallel(all, (probe) => server.gql(documentOf(probe), { [probe.arg]: probe.value }, admin));
        for (const [probe, res] of answers) {
          const where = `${probe.operation} ${probe.field.name} ${probe.path} ${JSON.stringify(bad)}`;
          expect(res.status, where).toBe(400);
          expect(res.data, where).toBeUndefined();
          expect(
            res.errors?.map((e) => e.extensions?.code),
            where,
          ).toEqual(['BAD_USER_INPUT']);
          expect(res.errors?.[0].extensions, where).toMatchObject({
            field: probe.path,
            fieldErrors: [{ field: probe.path, reason: 'INVALID_CHARACTERS', params: {} }],
          });
          seen.push(`${probe.field.name}(${probe.path})`);
        }
      }
    });
    expect(logged).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    // The three arguments that reached the database driver before (issue 19).
    expect(seen).toEqual(expect.arrayContaining(['park(slug)', 'signIn(email)', 'createOrganization(idempotencyKey)']));
  });

  it('refuses literals in the query text, nested fields and variables of other types, naming the field', async () => {
    const literal = await server.gql('{ park(slug: "a\\u0000b") { id } }');
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]).toMatchObject({
      message: 'slug: may not contain NUL characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'slug', fieldErrors: [{ field: 'slug', reason: 'INVALID_CHARACTERS' }] },
    });
    const nested = await server.gql('{ parks(first: 1) { nodes { investments(first: 1, filter: { park: { search: "\\u0000" } }) { totalCount } } } }');
    expect(nested.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.park.search' });
    const defaulted = await server.gql('query($s: String = "x\\u0000") { park(slug: $s) { id } }');
    expect(defaulted.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    // Every problem at once, each named by the argument its variable is passed to.
    const many = await server.gql('query($a: String!, $b: String) { park(slug: $a) { id } parks(filter: { search: $b }) { totalCount } }', {
      a: '\u0000',
      b: '\uD83D',
    });
    expect(many.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'slug', reason: 'INVALID_CHARACTERS', message: 'may not contain NUL characters', params: {} },
      { field: 'filter.search', reason: 'INVALID_CHARACTERS', message: 'may not contain unpaired surrogates (malformed Unicode)', params: {} },
    ]);
    // A well-formed pair (an emoji) is text like any other.
    const emoji = await server.gql('query($s: String!) { park(slug: $s) { id } }', { s: '\uD83D\uDE00' });
    expect(emoji.errors).toBeUndefined();
    expect(emoji.data).toEqual({ park: null });
  });

  it('refuses them in the export parameters, the filter JSON included', async () => {
    for (const [query, field] of [
      [`filter=${encodeURIComponent(JSON.stringify({ park: { search: 'a\u0000b' } }))}`, 'filter.park.search'],
      [`filter=${encodeURIComponent('{"park":{"search":"\\ud800"}}')}`, 'filter.park.search'],
      ['lang=%00', 'lang'],
      ['orderBy=AMOUNT_DESC%00', 'orderBy'],
    ]) {
      const res = await fetch(`${server.url}/export/investments.csv?${query}`);
      expect(res.status, query).toBe(400);
      expect((await graphQLBody(res)).errors?.[0].extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
