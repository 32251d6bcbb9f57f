// Overload refused fast, never queued to a timeout: each GraphQL operation that reaches execution (cache hits never
// do) takes a weight from a limit while it runs; beyond it a request waits in a short, bounded queue, and beyond
// that, or after waiting too long, it is refused at once with 503, Retry-After and the code OVERLOADED.
//
// The limit follows time, not a count alone: a fixed number of units says nothing about how long they take (an
// overview over a million records costs forty times one over two thousand, and SQLite's synchronous driver runs one
// statement at a time whatever the count), so admitted work could still take many seconds. The limit moves by what
// admitted work takes, as TCP's congestion window does (and Netflix's concurrency-limits AIMD limit): it starts at the
// floor; work done within the target while the limit was in use grows it by the work's weight (slow start) until
// the first slow work, then by a tenth of the weight (additive increase), up to the capacity; work that took, or is
// still running, longer than the target shrinks it by a quarter (multiplicative decrease), at most once per target's
// time (what ends within one such window was admitted under the same limit). It never falls below the floor, and a
// request finding nothing running always starts, however heavy.
//
// Weights, by the operation's top-level fields (documented in the README):
//   a statistic (investmentStats, dealStats, tenancyStats, tenantSeries, parkStats, parkFit)  4
//   any other field (a page of records, a record, reference lists)                            1
//   + 1 for each field that asks for a totalCount, + 1 for each that searches by name (search:)
//   a mutation                                                                                2
import type express from 'express';
import { Kind, OperationTypeNode, parse, visit, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

export const HEAVY_FIELDS = new Set(['investmentStats', 'dealStats', 'tenancyStats', 'tenantSeries', 'parkStats', 'parkFit']);
export const WEIGHTS = { heavy: 4, field: 1, totalCount: 1, search: 1, mutation: 2 } as const;

/** The weight of `operationName` in `query` (1 when the document cannot be read: Apollo refuses it at once). */
export function operationWeight(query: string, operationName?: string | null): number {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { maxTokens: 5000 }).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return 1;
  }
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!op) return 1;
  if (op.operation !== OperationTypeNode.QUERY) return WEIGHTS.mutation;
  let weight = 0;
  for (const selection of op.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      weight += WEIGHTS.field;
      continue;
    }
    weight += HEAVY_FIELDS.has(selection.name.value) ? WEIGHTS.heavy : WEIGHTS.field;
    let counts = false;
    let searches = false;
    visit(selection, {
      Field(node) {
        if (node.name.value === 'totalCount') counts = true;
      },
      ObjectField(node) {
        if (node.name.value === 'search') searches = true;
      },
      Argument(node) {
        if (node.name.value === 'search') searches = true;
      },
    });
    if (counts) weight += WEIGHTS.totalCount;
    if (searches) weight += WEIGHTS.search;
  }
  return Math.max(1, weight);
}

export class Overloaded extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('The server is busy; try again shortly');
  }
}

interface Waiting {
  weight: number;
  /** When its wait runs out (the clock's ms). */
  deadline: number;
  admit: () => void;
  refuse: () => void;
}

/** How the limit follows the time admitted work takes. */
export interface AdmissionTiming {
  /** What admitted work should take at most (ms); 0 keeps the limit at the capacity. */
  targetMs: number;
  /** The least the limit falls to (units). */
  floor: number;
  /** The clock (ms); injected by tests. */
  now?: () => number;
}

/** The limit's steps: a quarter off after slow work, a tenth of the weight on after work done in time. */
export const DECREASE = 0.75;
export const INCREASE = 0.1;

/** A limit of weight units, moved by how long admitted work takes, with a bounded queue (first come, first served). */
export class Admission {
  private inUse = 0;
  private queued = 0;
  private readonly waiting: Waiting[] = [];
  private current: number;
  private lastDecrease = -Infinity;
  /** Until the first slow work the limit grows by whole weights (slow start); after it, by a tenth. */
  private slowStart: boolean;
  /** When each running request started, oldest first (a Map keeps insertion order). */
  private readonly running = new Map<number, number>();
  private serial = 0;
  private readonly now: () => number;

  constructor(
    /** The most units that run at once (the limit's ceiling). */
    readonly capacity: number,
    /** Units that may wait; beyond them, refused at once. */
    readonly queueCapacity: number,
    /** How long a request may wait before it is refused. */
    readonly maxWaitMs: number,
    readonly timing: AdmissionTiming = { targetMs: 0, floor: capacity },
  ) {
    // With a target the limit starts at the floor and grows with work done in time: started at the capacity, it
    // would let in a burst that takes seconds before the first answer could say so.
    this.current = timing.targetMs > 0 ? Math.min(timing.floor, capacity) : capacity;
    this.slowStart = timing.targetMs > 0;
    this.now = timing.now ?? (() => Date.now());
  }

  /** Takes `weight` units (a weight above the capacity takes the whole capacity); resolves with their release. */
  async enter(weight: number): Promise<() => void> {
    const units = Math.min(weight, this.capacity);
    this.watchRunning();
    if (!this.waiting.length && this.fits(units)) return this.start(units);
    if (this.queued + units > this.queueCapacity) throw new Overloaded(1);
    this.queued += units;
    return new Promise((resolve, reject) => {
      const entry: Waiting = {
        weight: units,
        deadline: this.now() + this.maxWaitMs,
        admit: () => {
          clearTimeout(timer);
          resolve(this.start(units));
        },
        refuse: () => {
          clearTimeout(timer);
          reject(new Overloaded(1));
        },
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(entry);
        if (at < 0) return;
        this.waiting.splice(at, 1);
        this.queued -= units;
        entry.refuse();
        this.drain();
      }, this.maxWaitMs);
      this.waiting.push(entry);
    });
  }

  /** Room for `units` now: within the limit, or nothing running at all (a request alone always starts). */
  private fits(units: number): boolean {
    return this.inUse === 0 || this.inUse + units <= this.current;
  }

  private start(units: number): () => void {
    this.inUse += units;
    const started = this.now();
    const id = ++this.serial;
    this.running.set(id, started);
    return once(() => {
      // Whether the limit was in use while this ran: only then does work done in time say the limit may grow.
      const pressed = this.waiting.length > 0 || this.inUse >= this.current / 2;
      this.inUse -= units;
      this.running.delete(id);
      this.follow(this.now() - started, units, pressed);
      this.drain();
    });
  }

  /** Work still running past the target is slow already: the limit shrinks before it ends (once per window). */
  private watchRunning() {
    const { targetMs } = this.timing;
    if (targetMs <= 0) return;
    const oldest = this.running.values().next();
    if (!oldest.done && this.now() - oldest.value > targetMs) this.follow(this.now() - oldest.value, 0, false);
  }

  /** Moves the limit by how long `units` of admitted work took. */
  private follow(tookMs: number, units: number, pressed: boolean) {
    const { targetMs, floor } = this.timing;
    if (targetMs <= 0) return;
    const now = this.now();
    if (tookMs > targetMs) {
      this.slowStart = false;
      if (now - this.lastDecrease < targetMs) return;
      this.lastDecrease = now;
      this.current = Math.max(floor, this.current * DECREASE);
    } else if (pressed) {
      this.current = Math.min(this.capacity, this.current + units * (this.slowStart ? 1 : INCREASE));
    }
  }

  private drain() {
    this.watchRunning();
    const now = this.now();
    while (this.waiting.length) {
      const next = this.waiting[0];
      // Waited its time already (room came before its timer ran): refused, as its timer would have, not started late.
      if (next.deadline <= now) {
        this.waiting.shift();
        this.queued -= next.weight;
        next.refuse();
        continue;
      }
      if (!this.fits(next.weight)) break;
      this.waiting.shift();
      this.queued -= next.weight;
      next.admit();
    }
  }

  /** Units in use and waiting (for tests and logs). */
  state(): { inUse: number; queued: number } {
    return { inUse: this.inUse, queued: this.queued };
  }

  /** The limit now (units). */
  limit(): number {
    return this.current;
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

const weights = new LRUCache<string, number>({ max: 2000 });

/** How long the units of a request whose caller hung up stay taken when its answer is never written. */
export const ABANDONED_ANSWER_MS = 60_000;

/** The GraphQL request's document and operation name, from a parsed POST body or a GET's search. */
function documentOf(req: express.Request): { query: string; operationName?: string } | undefined {
  const params = (req.method === 'POST' ? req.body : req.query) as Record<string, unknown> | undefined;
  const query = params?.query;
  if (typeof query !== 'string') return undefined;
  return { query, operationName: typeof params?.operationName === 'string' ? params.operationName : undefined };
}

/** The request's variables: a POST body's object, or a GET's JSON text (anything else: none, as Apollo reads it). */
function variablesOf(req: express.Request): unknown {
  const params = (req.method === 'POST' ? req.body : req.query) as Record<string, unknown> | undefined;
  const variables = params?.variables;
  if (typeof variables !== 'string') return variables;
  try {
    return JSON.parse(variables) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The middleware in front of Apollo: the operation's weight taken for as long as the response runs; refused with 503,
 * Retry-After and OVERLOADED when neither the capacity nor the queue has room, or after waiting `maxWaitMs`.
 */
export function admissionControl(
  admission: Admission,
  refuse: (res: express.Response, err: Overloaded) => void,
  /** Whether Apollo will refuse the operation before any resolver runs: then it takes no capacity (answered 400 at once). */
  refusedAnyway?: (query: string, operationName: string | undefined, variables: unknown) => boolean,
): express.RequestHandler {
  return async (req, res, next) => {
    const doc = documentOf(req);
    if (doc && refusedAnyway?.(doc.query, doc.operationName, variablesOf(req))) return next();
    let weight = 1;
    if (doc) {
      const key = `${doc.operationName ?? ''}\u0000${doc.query}`;
      weight = weights.get(key) ?? operationWeight(doc.query, doc.operationName);
      weights.set(key, weight);
    }
    // A caller that goes away while waiting must not keep its units: its response closes before it is admitted.
    let gone = false;
    const leave = () => (gone = true);
    res.once('close', leave);
    let release: () => void;
    try {
      release = await admission.enter(weight);
    } catch (err) {
      res.off('close', leave);
      if (!(err instanceof Overloaded)) return next(err);
      return refuse(res, err);
    }
    res.off('close', leave);
    if (gone || res.destroyed) return release();
    // The units are the work's: held until the answer has been sent, and when the caller hangs up first, until the
    // answer is written all the same (the execution goes on: given back on hang-up, every abandoned request would let
    // more work in on top of the work still running). An answer never written gives them back after a while.
    let fallback: NodeJS.Timeout | undefined;
    const done = once(() => {
      clearTimeout(fallback);
      release();
    });
    let ended = false;
    let hungUp = false;
    const end = res.end.bind(res) as (...args: unknown[]) => express.Response;
    res.end = ((...args: unknown[]) => {
      ended = true;
      if (hungUp) done();
      return end(...args);
    }) as typeof res.end;
    res.once('finish', done);
    res.once('close', () => {
      if (ended) return done();
      hungUp = true;
      fallback = setTimeout(done, ABANDONED_ANSWER_MS);
      fallback.unref();
    });
    next();
  };
}
