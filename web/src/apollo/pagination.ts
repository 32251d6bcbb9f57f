// Cache policies for connections. A list that grows on "show more" appends each page fetched with `after` to the
// pages before it; different filters, orders or page sizes never share a list. Lists paged with previous/next (the
// investment table) have no policy here: each page is its own cache entry and replaces the one shown.
import type { FieldPolicy } from '@apollo/client';

const PAGE_ARGS = new Set(['after', 'before', 'last']);

interface Connection {
  edges?: unknown[];
  nodes?: unknown[];
  pageInfo?: { endCursor?: string | null; startCursor?: string | null; hasPreviousPage?: boolean; hasNextPage?: boolean };
  /** How many items the list held after the page ending at each cursor: where a repeated `after` page goes. */
  pageEnds?: Record<string, number>;
  [extra: string]: unknown;
}

/** The cache key: every argument but the cursors (filter, orderBy, first, period, ...). */
export function connectionKeyArgs(args: Record<string, unknown> | null): string[] {
  return Object.keys(args ?? {})
    .filter((name) => !PAGE_ARGS.has(name))
    .sort();
}

const LISTS = ['edges', 'nodes'] as const;

/** Merges a page into the list read so far: a page without `after` starts the list, one with `after` extends it. */
export function mergeConnection(existing: Connection | undefined, incoming: Connection, after: unknown): Connection {
  const size = (c: Connection) => c.nodes?.length ?? c.edges?.length ?? 0;
  const endsOf = (c: Connection) => (c.pageInfo?.endCursor ? { [c.pageInfo.endCursor]: size(c) } : {});
  if (!existing || typeof after !== 'string' || !after) return { ...incoming, pageEnds: endsOf(incoming) };
  // The same shape of list must be there to append to; otherwise the page starts a list of its own.
  if (LISTS.some((list) => incoming[list] && !existing[list])) return { ...incoming, pageEnds: endsOf(incoming) };
  const cut = existing.pageEnds?.[after];
  const merged: Connection = { ...existing, ...incoming };
  for (const list of LISTS) {
    if (!incoming[list]) continue;
    const before = existing[list]!;
    merged[list] = [...(cut === undefined ? before : before.slice(0, cut)), ...incoming[list]];
  }
  merged.pageInfo = {
    ...incoming.pageInfo,
    hasPreviousPage: existing.pageInfo?.hasPreviousPage ?? incoming.pageInfo?.hasPreviousPage,
    startCursor: existing.pageInfo?.startCursor ?? incoming.pageInfo?.startCursor,
  };
  merged.pageEnds = { ...existing.pageEnds, ...(incoming.pageInfo?.endCursor ? { [incoming.pageInfo.endCursor]: size(merged) } : {}) };
  return merged;
}

/** Field policy for a connection shown with "show more". */
export function showMorePagination(): FieldPolicy<Connection> {
  return {
    keyArgs: (args) => connectionKeyArgs(args),
    merge: (existing, incoming, { args }) => mergeConnection(existing, incoming, args?.after),
  };
}
