// Date ranges for statistics: the requested period, the one it is compared with, and calendar buckets
// (year, quarter, month) within them. Calendar dates are YYYY-MM-DD strings; date-fns does the calendar maths.
import { addDays, differenceInCalendarDays, format, parseISO, subDays, subMonths, subYears } from 'date-fns';
import { badUserInput } from '../../graphql/errors.js';

export type TimeGrain = 'YEAR' | 'QUARTER' | 'MONTH';
export type Comparison = 'PREVIOUS_PERIOD' | 'PREVIOUS_YEAR';

/** An inclusive range of calendar days. */
export interface Period {
  from: string;
  to: string;
  days: number;
}

/** At most this many buckets per statistics query. */
export const MAX_BUCKETS = 600;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

export function period(from: string, to: string): Period {
  return { from, to, days: differenceInCalendarDays(parseISO(to), parseISO(from)) + 1 };
}

/**
 * The period asked for and, with `compareTo`, the one it is compared with. PREVIOUS_PERIOD is as many days ending the
 * day before `from`; PREVIOUS_YEAR is the same dates a year earlier. With a comparison but no period, the period is
 * the twelve months ending `today` and PREVIOUS_PERIOD the twelve before them.
 */
export function resolvePeriods(
  input: { from: string; to: string } | null | undefined,
  compareTo: Comparison | null | undefined,
  today: string,
): { current: Period | null; previous: Period | null } {
  let current: Period | null = null;
  let defaulted = false;
  if (input) {
    if (input.from > input.to) throw badUserInput(`The period starts (${input.from}) after it ends (${input.to})`, 'period');
    current = period(input.from, input.to);
  } else if (compareTo) {
    current = period(iso(addDays(subMonths(parseISO(today), 12), 1)), today);
    defaulted = true;
  }
  if (!current || !compareTo) return { current, previous: null };
  const from = parseISO(current.from);
  const to = parseISO(current.to);
  if (compareTo === 'PREVIOUS_YEAR') return { current, previous: period(iso(subYears(from, 1)), iso(subYears(to, 1))) };
  const previousFrom = defaulted ? subMonths(from, 12) : subDays(from, current.days);
  return { current, previous: period(iso(previousFrom), iso(subDays(from, 1))) };
}

/** The bucket key of a day: "2025", "2025-Q3" or "2025-07". */
export function bucketOf(day: string, grain: TimeGrain): string {
  const year = day.slice(0, 4);
  if (grain === 'YEAR') return year;
  if (grain === 'MONTH') return day.slice(0, 7);
  return `${year}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A bucket key as a running number (years, quarters or months since year 0), so keys can be counted and shifted. */
export function ordinal(key: string, grain: TimeGrain): number {
  const year = Number(key.slice(0, 4));
  if (grain === 'YEAR') return year;
  if (grain === 'QUARTER') return year * 4 + Number(key.slice(6)) - 1;
  return year * 12 + Number(key.slice(5, 7)) - 1;
}

export function keyOfOrdinal(n: number, grain: TimeGrain): string {
  if (grain === 'YEAR') return String(n);
  if (grain === 'QUARTER') return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Every bucket key from `first` to `last` inclusive, refusing more than MAX_BUCKETS (with a coarser grain to try). */
export function bucketsBetween(first: string, last: string, grain: TimeGrain, times = 1): string[] {
  const a = ordinal(first, grain);
  const b = ordinal(last, grain);
  const count = (b - a + 1) * times;
  if (count > MAX_BUCKETS) {
    const coarser = grain === 'MONTH' ? 'QUARTER or YEAR' : grain === 'QUARTER' ? 'YEAR' : 'a shorter period';
    throw badUserInput(
      `This grouping makes ${count} buckets; at most ${MAX_BUCKETS} are returned. Group by ${coarser}, or narrow the period or the filter.`,
      'groupBy',
    );
  }
  return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => keyOfOrdinal(a + i, grain));
}

/**
 * How many buckets back a bucket's counterpart lies in the previous period, measured between the periods' last days
 * (March–May against December–February: 3 months; against the previous year: 12 months, 4 quarters, 1 year).
 */
export function bucketShift(current: Period, previous: Period, grain: TimeGrain): number {
  return ordinal(bucketOf(current.to, grain), grain) - ordinal(bucketOf(previous.to, grain), grain);
}

/** The first day of a bucket ("2025-Q3" → "2025-07-01"). */
export function firstDayOf(key: string, grain: TimeGrain): string {
  const year = key.slice(0, 4);
  if (grain === 'YEAR') return `${year}-01-01`;
  if (grain === 'MONTH') return `${key.slice(0, 7)}-01`;
  return `${year}-${String((Number(key.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * Whether a time bucket is counted for only part of its days: the period starts after its first day or ends before
 * its last; without a period, the bucket is not over yet on `today`.
 */
export function isPartialBucket(key: string, grain: TimeGrain, period: Period | null, today: string): boolean {
  const first = firstDayOf(key, grain);
  const last = lastDayOf(key, grain);
  if (period) return period.from > first || period.to < last;
  return last > today;
}

/** The last day of a bucket ("2025-Q1" → "2025-03-31"). */
export function lastDayOf(key: string, grain: TimeGrain): string {
  const year = Number(key.slice(0, 4));
  const month = grain === 'YEAR' ? 12 : grain === 'QUARTER' ? Number(key.slice(6)) * 3 : Number(key.slice(5, 7));
  return iso(new Date(year, month, 0));
}

export function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(parseISO(value).getTime());
}

const QUARTER_ZH = ['一', '二', '三', '四'];
const MONTH = {
  en: new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  zh: new Intl.DateTimeFormat('zh-CN', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Labels of a bucket key in both languages ("Q3 2025" / "2025年第三季度"). */
export function bucketLabel(key: string, grain: TimeGrain): { en: string; zh: string } {
  const year = key.slice(0, 4);
  if (grain === 'YEAR') return { en: year, zh: `${year}年` };
  if (grain === 'QUARTER') {
    const q = Number(key.slice(6));
    return { en: `Q${q} ${year}`, zh: `${year}年第${QUARTER_ZH[q - 1]}季度` };
  }
  const first = Date.UTC(Number(year), Number(key.slice(5, 7)) - 1, 1);
  return { en: MONTH.en.format(first), zh: MONTH.zh.format(first) };
}
