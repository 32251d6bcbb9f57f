import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_EXAMPLES } from './examples.js';
import { rootFieldDescriptions } from './sdl.js';

describe('root field descriptions from the SDL', () => {
  it('reads the descriptions of Query fields, extensions included', () => {
    const map = rootFieldDescriptions(
      `type Query { "One park." park(slug: String!): Int }\nextend type Query { """Many.""" parks: Int other: Int }\ntype X { "no" a: Int }`,
    );
    expect([...map]).toEqual([
      ['park', 'One park.'],
      ['parks', 'Many.'],
      ['other', ''],
    ]);
  });

  it('describes every example root field from the published SDL', () => {
    const sdl = readFileSync(new URL('../../../published/schema.graphql', import.meta.url), 'utf8');
    const map = rootFieldDescriptions(sdl);
    // graphql-js's own reading of the same SDL is the reference: each example's root field reads as the schema says.
    const query = buildSchema(sdl).getQueryType()!.getFields();
    expect(API_EXAMPLES.length).toBeGreaterThan(0);
    for (const e of API_EXAMPLES) {
      const described = query[e.rootField]?.description;
      expect(described, `${e.rootField} has a description in the SDL`).toMatch(/\S/);
      expect(map.get(e.rootField), e.rootField).toBe(described);
    }
  });
});
