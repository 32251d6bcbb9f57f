// The checklist of README "Adding a record type", enforced: every Node type of the schema is an entity in the ORM's
// list, a type the ID decoder and node(id:) know, an entry of the resolver map and a codegen mapper; every Node type
// officers write has its module's writes class on the shared RecordWriter, and the audit log's triggers exist in
// both dialects' migrations. Forgetting one of these fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entities } from '../../server/src/db/entities.js';
import { buildSchema, resolvers } from '../../server/src/graphql/schema.js';
import { databaseIdOrNull, toGlobalId, type NumericIdType } from '../../server/src/graphql/global-id.js';
import { isNodeType } from '../../server/src/modules/nodes/node.service.js';
import { RecordWrites } from '../../server/src/modules/writes/record-writes.js';

const schema = buildSchema();
const nodeInterface = schema.getType('Node');
if (!isInterfaceType(nodeInterface)) throw new Error('the schema has no Node interface');
const nodeTypes = schema
  .getPossibleTypes(nodeInterface)
  .map((t) => t.name)
  .sort();

const entityNames = new Set(entities.map((e) => e.meta.className));
const mappers = new Set([...readFileSync('codegen.yml', 'utf8').matchAll(/^ {8}(\w+): \S+#/gm)].map((m) => m[1]));

/** Node types with a create, update or delete mutation: the ones officers (or admins) write. */
const mutation = schema.getMutationType();
const writtenTypes = [
  ...new Set(
    Object.keys(mutation?.getFields() ?? {})
      .map((f) => /^(?:create|update|delete)([A-Z]\w*)$/.exec(f)?.[1])
      .filter((t): t is string => t !== undefined && nodeTypes.includes(t)),
  ),
].sort();

/** Every `<x>.writes.ts` of the modules, by the classes it exports. */
async function writesClasses(): Promise<Map<string, unknown>> {
  const modules = 'server/src/modules';
  const found = new Map<string, unknown>();
  for (const dir of readdirSync(modules)) {
    for (const file of readdirSync(join(modules, dir)).filter((f) => f.endsWith('.writes.ts'))) {
      const exported = (await import(`../../${modules}/${dir}/${file}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported)) found.set(name, value);
    }
  }
  return found;
}

describe('every record type is registered everywhere it must be', () => {
  it('finds the Node types and the written ones', () => {
    expect(nodeTypes.length).toBeGreaterThanOrEqual(10);
    expect(writtenTypes).toContain('Deal');
  });

  it.each(nodeTypes)('%s is an entity in the ORM list', (type) => {
    expect(entityNames.has(type)).toBe(true);
  });

  it.each(nodeTypes)('%s is known to node(id:) and the ID decoder', (type) => {
    expect(isNodeType(type)).toBe(true);
    if (type !== 'Sector') expect(databaseIdOrNull(toGlobalId(type, 7), type as NumericIdType)).toBe(7);
  });

  it.each(nodeTypes)('%s has a resolver map entry and a codegen mapper', (type) => {
    expect(Object.keys(resolvers)).toContain(type);
    expect(mappers.has(type)).toBe(true);
    expect(isObjectType(schema.getType(type))).toBe(true);
  });

  it.each(writtenTypes)('%s is written through its module writes class on the shared RecordWriter', async (type) => {
    const classes = await writesClasses();
    const writes = classes.get(`${type}Writes`);
    expect(typeof writes).toBe('function');
    expect((writes as { prototype: unknown }).prototype).toBeInstanceOf(RecordWrites);
  });

  it('has the audit log triggers in both dialects, refusing changes to audit rows', () => {
    for (const dialect of ['sqlite', 'postgresql']) {
      const dir = `server/src/db/migrations/${dialect}`;
      const sql = readdirSync(dir)
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n');
      expect(sql, dialect).toMatch(/create (or replace )?trigger\W+audit_entry_no_update/i);
      expect(sql, dialect).toMatch(/create (or replace )?trigger\W+audit_entry_no_delete/i);
    }
  });
});
