import { readFileSync } from 'node:fs';
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
    const map = rootFieldDescriptions(readFileSync(new URL('../../../published/schema.graphql', import.meta.url), 'utf8'));
    for (const e of API_EXAMPLES) expect(map.get(e.rootField), e.rootField).toBeTruthy();
  });
});
