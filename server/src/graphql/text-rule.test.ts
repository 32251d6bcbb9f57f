import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badTextIn, badTextInRequest, textProblem } from './text-rule.js';

describe('the text rule', () => {
  it('refuses NUL and unpaired surrogates anywhere in a text, and nothing else', () => {
    expect(textProblem('\u0000')).toBe('may not contain NUL characters');
    expect(textProblem('ab\u0000')).toBe('may not contain NUL characters');
    for (const t of ['\uD800', 'a\uDBFFb', '\uDC00', 'x\uDFFF', '\uDE00\uD83D'])
      expect(textProblem(t), JSON.stringify(t)).toBe('may not contain unpaired surrogates (malformed Unicode)');
    for (const t of ['', 'plain', '园区 😀', '\uD83D\uDE00', '\u0001\t\n', "'; drop table park; --"]) expect(textProblem(t), JSON.stringify(t)).toBeNull();
  });

  it('names every bad string inside a value by its path, keys included', () => {
    expect(badTextIn({ a: ['ok', 'b\u0000'], b: { c: '\uD800' }, 'k\u0000': 'v', n: 1, z: null }, 'input')).toEqual([
      { field: 'input.a.1', reason: 'INVALID_CHARACTERS', message: 'may not contain NUL characters', params: {} },
      { field: 'input.b.c', reason: 'INVALID_CHARACTERS', message: 'may not contain unpaired surrogates (malformed Unicode)', params: {} },
      { field: 'input', reason: 'INVALID_CHARACTERS', message: 'has a key that may not contain NUL characters', params: {} },
    ]);
    expect(badTextIn({ filter: '\u0000' }, '')).toMatchObject([{ field: 'filter' }]);
  });

  it('names literals, defaults and variables by the argument they reach', () => {
    const doc = parse(`
      query($s: String = "d\\u0000", $f: ParkFilter, $t: String, $unused: String) {
        a: park(slug: $s) { id }
        parks(filter: $f) { nodes { investments(filter: { park: { search: $t, name: "n\\u0000" } }, orderBy: ["\\u0000"]) { totalCount } } }
      }`);
    expect(badTextInRequest(doc, { f: { search: 'x\u0000' }, t: '\uDC00', unused: '\u0000' }).map((e) => e.field)).toEqual([
      'slug',
      'filter.park.name',
      'orderBy.0',
      'filter.search',
      'filter.park.search',
      'unused',
    ]);
    expect(badTextInRequest(doc, { f: { search: 'fine' } })).toMatchObject([{ field: 'slug' }, { field: 'filter.park.name' }, { field: 'orderBy.0' }]);
  });
});
