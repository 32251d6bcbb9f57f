import { describe, expect, it } from 'vitest';
import type { StatsService } from '../stats.service.js';
import { StatsQuery } from './Stats.js';

// The statistics resolvers hand GraphQL's arguments to the service method of the same name, untouched (the filters,
// grouping, period, comparison and currency are the service's to check), and answer with what it returns.

const METHODS = ['investmentStats', 'dealStats', 'parkStats', 'tenancyStats', 'tenantSeries'] as const;

function recordingService() {
  const calls: [string, unknown][] = [];
  const service = Object.fromEntries(
    METHODS.map((name) => [
      name,
      async (args: unknown) => {
        calls.push([name, args]);
        return { answeredBy: name };
      },
    ]),
  ) as unknown as StatsService;
  return { calls, ctx: { services: { stats: service } } };
}

/** Calls a resolver field as GraphQL would (root, arguments, context, info). */
function call(field: string, args: Record<string, unknown>, ctx: unknown): Promise<unknown> {
  const fn = (StatsQuery as Record<string, (r: unknown, a: unknown, c: unknown, i: unknown) => unknown>)[field];
  return Promise.resolve().then(() => fn({}, args, ctx, {}));
}

describe('statistics queries', () => {
  it('each passes its arguments, the same object, to the service method of its name and answers with its result', async () => {
    expect(Object.keys(StatsQuery).sort()).toEqual([...METHODS].sort());
    for (const name of METHODS) {
      const { calls, ctx } = recordingService();
      const args = { filter: { park: { id: { eq: 'UGFyazox' } } }, groupBy: ['QUARTER'], period: { from: '2025-01-01', to: '2025-12-31' }, of: name };
      expect(await call(name, args, ctx)).toEqual({ answeredBy: name });
      expect(calls).toEqual([[name, args]]);
      expect(calls[0][1]).toBe(args);
    }
  });

  it('arguments left out reach the service as GraphQL gave them', async () => {
    const { calls, ctx } = recordingService();
    await call('tenancyStats', {}, ctx);
    await call('tenantSeries', { grain: 'MONTH' }, ctx);
    expect(calls).toEqual([
      ['tenancyStats', {}],
      ['tenantSeries', { grain: 'MONTH' }],
    ]);
  });
});
