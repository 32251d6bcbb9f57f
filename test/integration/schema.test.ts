import { isInterfaceType, isObjectType, isEnumType, isInputObjectType, type GraphQLField, type GraphQLInputField, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { breakingChanges, currentSdl, publishedSdl } from '../../server/src/graphql/published.js';
import { buildSchema } from '../../server/src/graphql/schema.js';

describe('schema', () => {
  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    const types = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__'));
    for (const type of types) {
      if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the published schema', () => {
  it('is what the server serves (run `npm run schema:publish` after a non-breaking change)', () => {
    expect(currentSdl().trim()).toBe(publishedSdl().trim());
  });

  it('is never broken without a deprecation step', async () => {
    expect((await breakingChanges()).map((c) => c.message)).toEqual([]);
  });

  it('tells a breaking change from a safe one', async () => {
    const published = publishedSdl();
    const field = '\n\n  """Number of parks in the whole list."""\n  totalCount: Int!';
    expect(published).toContain(field);
    const removed = published.replace(field, '');
    expect((await breakingChanges(published, removed)).map((c) => c.message)).toEqual(["Field 'totalCount' was removed from object type 'ParkConnection'"]);
    const deprecated = published.replace(field, `${field} @deprecated(reason: "use count")`);
    const removedAfterDeprecation = deprecated.replace(`${field} @deprecated(reason: "use count")`, '');
    expect(removedAfterDeprecation).toBe(removed);
    expect(await breakingChanges(deprecated, removedAfterDeprecation)).toEqual([]);
  });
});
