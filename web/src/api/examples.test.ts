import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { API_EXAMPLES, curlCommand, explorerLink } from './examples.js';

describe('API examples', () => {
  it('make curl commands a shell passes through unchanged, quotes included', () => {
    const query = `{ park(slug: "it's") { name { en } } }`;
    const command = curlCommand('http://localhost:4000', query);
    // Let bash parse the command and print the --data argument it would send.
    const data = execFileSync('bash', ['-c', `set -- ${command.replace(/^curl /, '')}; while [ "$1" != --data ]; do shift; done; printf %s "$2"`]).toString();
    expect(JSON.parse(data)).toEqual({ query });
    expect(command).toContain('http://localhost:4000/graphql');
  });

  it('open the explorer with the query in the fragment', () => {
    expect(explorerLink('{ a }')).toBe('/graphql#query=%7B%20a%20%7D');
  });

  it('cover officers, prospective tenants and tools', () => {
    expect(new Set(API_EXAMPLES.map((e) => e.audience))).toEqual(new Set(['officer', 'tenant', 'tool']));
    expect(new Set(API_EXAMPLES.map((e) => e.id)).size).toBe(API_EXAMPLES.length);
  });
});
