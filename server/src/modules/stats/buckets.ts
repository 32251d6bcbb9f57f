// From the grouped rows SQL returned to the buckets the API answers: time buckets zero-filled across the range,
// the comparison period's rows matched to each bucket, and the 600-bucket cap.
import { badUserInput } from '../../graphql/errors.js';
import type { GroupRow } from './grouped-query.js';
import { bucketOf, bucketShift, bucketsBetween, keyOfOrdinal, MAX_BUCKETS, ordinal, type Period, type TimeGrain } from './periods.js';

export interface BucketPlan {
  keys: (string | null)[];
  current?: GroupRow;
  previous?: GroupRow;
}

const keyOf = (keys: (string | null)[]) => JSON.stringify(keys);

/**
 * Orders and completes the groups. `grains[i]` is set for calendar dimensions. With a period, a calendar dimension
 * lists every bucket of it; without one, every bucket from the earliest to the latest found (records without a date
 * come last, as null). Other dimensions list the values found, most records first.
 */
export function planBuckets(
  grains: (TimeGrain | undefined)[],
  current: GroupRow[],
  previous: GroupRow[] | null,
  periods: { current: Period | null; previous: Period | null },
): BucketPlan[] {
  if (!grains.length) return [{ keys: [], current: current[0], previous: previous?.[0] }];
  const values = grains.map((grain, i) => (grain ? calendarValues(grain, i, current, periods.current) : foundValues(i, current, previous)));
  const hasTime = grains.some(Boolean);
  let combos: (string | null)[][];
  if (hasTime) {
    combos = values.reduce<(string | null)[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
  } else {
    const seen = new Map<string, (string | null)[]>();
    for (const r of [...current, ...(previous ?? [])]) seen.set(keyOf(r.keys), r.keys);
    const rank = values.map((list) => new Map(list.map((v, i) => [v, i])));
    combos = [...seen.values()].sort((a, b) => {
      for (let i = 0; i < a.length; i++) {
        const d = rank[i].get(a[i])! - rank[i].get(b[i])!;
        if (d) return d;
      }
      return 0;
    });
  }
  if (combos.length > MAX_BUCKETS) {
    const grain = grains.find(Boolean);
    const advice = grain === 'MONTH' ? 'Group by QUARTER or YEAR, or' : grain === 'QUARTER' ? 'Group by YEAR, or' : 'Group by one dimension, or';
    throw badUserInput(
      `This grouping makes ${combos.length} buckets; at most ${MAX_BUCKETS} are returned. ${advice} narrow the period or the filter.`,
      'groupBy',
    );
  }
  const currentByKey = new Map(current.map((r) => [keyOf(r.keys), r]));
  const previousByKey = new Map((previous ?? []).map((r) => [keyOf(r.keys), r]));
  const shifts = grains.map((g) => (g && periods.current && periods.previous ? bucketShift(periods.current, periods.previous, g) : 0));
  return combos.map((keys) => {
    const earlier = keys.map((k, i) => (grains[i] && k !== null ? keyOfOrdinal(ordinal(k, grains[i]) - shifts[i], grains[i]) : k));
    return {
      keys,
      current: currentByKey.get(keyOf(keys)),
      previous: previous ? previousByKey.get(keyOf(earlier)) : undefined,
    };
  });
}

function calendarValues(grain: TimeGrain, i: number, rows: GroupRow[], period: Period | null): (string | null)[] {
  if (period) return bucketsBetween(bucketOf(period.from, grain), bucketOf(period.to, grain), grain);
  const found = rows.map((r) => r.keys[i]).filter((k): k is string => k !== null);
  const list: (string | null)[] = found.length
    ? bucketsBetween(
        found.reduce((a, b) => (a < b ? a : b)),
        found.reduce((a, b) => (a > b ? a : b)),
        grain,
      )
    : [];
  if (rows.some((r) => r.keys[i] === null)) list.push(null);
  return list;
}

function foundValues(i: number, current: GroupRow[], previous: GroupRow[] | null): (string | null)[] {
  const counts = new Map<string | null, number>();
  for (const r of current) counts.set(r.keys[i], (counts.get(r.keys[i]) ?? 0) + r.count);
  for (const r of previous ?? []) if (!counts.has(r.keys[i])) counts.set(r.keys[i], 0);
  return [...counts.entries()].sort(([a, x], [b, y]) => (a === null ? 1 : b === null ? -1 : y - x || (a < b ? -1 : a > b ? 1 : 0))).map(([v]) => v);
}
