import { isInterfaceType, isObjectType, isEnumType, isInputObjectType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
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
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
