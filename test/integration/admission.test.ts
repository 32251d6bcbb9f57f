// Overload refused fast (issue 22): beyond the capacity and its queue, a request is answered at once with 503,
// Retry-After and OVERLOADED, never left waiting; the capacity comes back when the work ends.
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { last12Months, overviewVariables } from '../../bench/overview.js';
import { DashboardPageQueryDocument } from '../../web/src/__generated__/graphql.js';
import { createTestServer, type TestServer } from '../helpers/server.js';

describe('admission control', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Room for one overview at a time and none waiting; every answer computed (no response cache).
    server = await createTestServer('sqlite', { demo: true, env: { ADMISSION_CAPACITY: '41', ADMISSION_QUEUE: '0', RESPONSE_CACHE_MB: '0' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses what it cannot start with 503, Retry-After and OVERLOADED, and serves again once the work is done', async () => {
    const query = print(addTypenameToDocument(DashboardPageQueryDocument));
    const overview = (day: number) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: overviewVariables(last12Months(`2026-10-${String(day).padStart(2, '0')}`)) }),
      });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => overview(i + 1)));
    const statuses = answers.map((a) => a.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    for (const refused of answers.filter((a) => a.status === 503)) {
      expect(refused.headers.get('retry-after')).toBe('1');
      const body = (await refused.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
      expect(body.errors[0].extensions.code).toBe('OVERLOADED');
      expect(body.errors[0].extensions.requestId).toMatch(/^[\w-]{36}$/);
    }
    for (const served of answers.filter((a) => a.status === 200)) expect(((await served.json()) as { errors?: unknown }).errors).toBeUndefined();
    // Nothing left holding the capacity (an answer holds it until it is sent): the next request alone is served, and
    // small ones beside each other too.
    const alone = await overview(20);
    expect(alone.status).toBe(200);
    await alone.arrayBuffer();
    const small = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ sectors { code } }"}' }),
      ),
    );
    expect(small.map((a) => a.status)).toEqual(Array(8).fill(200));
  });
});
