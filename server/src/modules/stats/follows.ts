// Which filters a statistic followed, as the API reports it: the dotted paths of the filter fields it was given
// ("park.id", "organization.sector"), so a screen can say which of its filters a figure follows and which it does not.

const OPERATORS = new Set(['eq', 'in', 'gt', 'gte', 'lt', 'lte', 'isNull']);
const COMBINATORS = new Set(['and', 'or', 'not']);

/** The filter fields present in `filter`, as sorted, distinct dotted paths (and/or/not looked through). */
export function followedFilters(filter: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, prefix);
      return;
    }
    if (typeof value !== 'object') {
      if (prefix) found.add(prefix);
      return;
    }
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
    if (prefix && entries.some(([k]) => OPERATORS.has(k))) {
      found.add(prefix);
      return;
    }
    for (const [k, v] of entries) walk(v, COMBINATORS.has(k) ? prefix : prefix ? `${prefix}.${k}` : k);
  };
  walk(filter, '');
  return [...found].sort();
}
