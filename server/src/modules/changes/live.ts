// The subscriptions' event streams over the change notifier: changes as the feed lists them, and new records that
// match a list's filter. A filter is evaluated in SQL, as the list evaluates it, plus the new records' IDs: one
// statement per read of the feed and per distinct filter, shared by every subscriber of the process with that filter.
import type { EntitySchema, FilterQuery, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { buildWhere, type FilterSpec } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { AuditEntry, type AuditEntryEntity } from '../audit/audit.entities.js';
import { changeTypeValue, type ChangeEdgeRow, type ChangeRecordType } from './change-log.js';
import type { ChangeNotifier } from './change-notifier.js';

/** Events a slow subscriber may have waiting; beyond them its subscription ends (it resyncs through `changes`). */
const MAX_QUEUED = 1000;

/** A push-driven async iterator: what a subscription's `subscribe` returns. Ending it (return) stops the feed. */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | null = null;
  private done = false;
  private stop: (() => void) | null = null;

  /** Called once when the stream ends, whoever ends it. */
  onEnd(stop: () => void) {
    if (this.done) stop();
    else this.stop = stop;
  }

  push(value: T) {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else if (this.queue.length >= MAX_QUEUED) {
      void this.return();
    } else {
      this.queue.push(value);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.queue.length = 0;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
      this.stop?.();
      this.stop = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/** A list whose new records a subscription delivers: its entity, filter spec and the feed's record type. */
export interface LiveList<T extends { id: number }> {
  entity: EntitySchema<T, never>;
  filter: FilterSpec;
  type: ChangeRecordType;
}

/** The process's live streams (one per server, over its notifier). */
export class LiveRecords {
  /** Per read of the feed: (list, filter) → the matching records of that read, so equal filters share a statement. */
  private matches = new Map<string, Promise<Map<number, unknown>>>();
  private matchesBatch = -1;

  constructor(
    private readonly orm: MikroORM,
    readonly notifier: ChangeNotifier,
  ) {}

  /** The feed's changes of `types` (all without them) from now on. */
  async changes(types: readonly string[] | null | undefined): Promise<EventStream<ChangeEdgeRow>> {
    const stream = new EventStream<ChangeEdgeRow>();
    const stop = await this.notifier.listen(types ?? null, (edges) => edges.forEach((e) => stream.push(e)));
    stream.onEnd(stop);
    return stream;
  }

  /**
   * Records of `list` created from now on that match `filter` (checked now: a bad filter is refused before the
   * subscription starts), in the order they were created.
   */
  async created<T extends { id: number }>(list: LiveList<T>, filter: Record<string, unknown> | null | undefined): Promise<EventStream<T>> {
    buildWhere(list.filter, filter);
    const key = `${list.type}:${JSON.stringify(filter ?? null)}`;
    const stream = new EventStream<T>();
    // Deliveries of successive reads, one after the other, so records keep their order.
    let tail = Promise.resolve();
    const stop = await this.notifier.listen([changeTypeValue(list.type)], (edges, batch) => {
      const ids = edges.filter((e) => e.node.kind === 'CREATED').map((e) => e.node.id!);
      if (!ids.length) return;
      const found = this.match(list, filter, key, ids, batch);
      tail = tail
        .then(async () => {
          const records = await found;
          for (const id of ids) {
            const record = records.get(idOf(id)) as T | undefined;
            if (record) stream.push(record);
          }
        })
        .catch(() => stream.return().then(() => undefined));
    });
    stream.onEnd(stop);
    return stream;
  }

  /**
   * Audit entries of the feed's changes from now on: for the records a read of the feed names, their entries after
   * the last one delivered for each (or after the log's end when the subscription began). Per record, because on
   * PostgreSQL entry ids are taken before commit: a later id may commit first, never for the same record (its
   * writes take turns on its version).
   */
  async auditEntries(): Promise<EventStream<AuditEntryEntity>> {
    const [latest] = await this.orm.em.fork().find(AuditEntry, {}, { orderBy: { id: 'desc' }, limit: 1, fields: ['id'] });
    const start = latest?.id ?? 0;
    const last = new Map<string, number>();
    const stream = new EventStream<AuditEntryEntity>();
    let tail = Promise.resolve();
    const stop = await this.notifier.listen(null, (edges) => {
      const records = new Map<string, { recordType: string; recordId: number }>();
      for (const { node } of edges) {
        if (!node.id) continue;
        const { type, id } = fromGlobalId(node.id);
        records.set(`${type}:${id}`, { recordType: type, recordId: Number(id) });
      }
      if (!records.size) return;
      tail = tail
        .then(async () => {
          const where = [...records].map(([key, r]) => ({ ...r, id: { $gt: last.get(key) ?? start } }));
          const entries = await this.orm.em.fork().find(AuditEntry, { $or: where }, { orderBy: { id: 'asc' } });
          for (const entry of entries) {
            last.set(`${entry.recordType}:${entry.recordId}`, entry.id);
            stream.push(entry);
          }
        })
        .catch(() => stream.return().then(() => undefined));
    });
    stream.onEnd(stop);
    return stream;
  }

  private match<T extends { id: number }>(
    list: LiveList<T>,
    filter: Record<string, unknown> | null | undefined,
    key: string,
    globalIds: string[],
    batch: number,
  ): Promise<Map<number, unknown>> {
    if (batch !== this.matchesBatch) {
      this.matches = new Map();
      this.matchesBatch = batch;
    }
    let found = this.matches.get(key);
    if (!found) {
      const em = this.orm.em.fork() as EntityManager;
      const ids = globalIds.map(idOf);
      const where = { $and: [buildWhere(list.filter, filter), { id: { $in: ids } }] } as unknown as FilterQuery<T>;
      found = em.find(list.entity, where).then((rows) => new Map(rows.map((r) => [(r as T).id, r as unknown])));
      this.matches.set(key, found);
    }
    return found;
  }
}

/** The database id inside a feed's global ID. */
const idOf = (globalId: string) => Number(fromGlobalId(globalId).id);
