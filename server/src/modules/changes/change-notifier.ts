// Live updates (subscriptions) fed by the change feed, the single source of truth: a process wakes up when a write
// may have committed, reads the feed once after the last position it read (one statement for all its subscribers)
// and hands each subscriber the changes of the types it asked for.
//
// Wake-ups: after every mutation this process answers (`notify`); with REDIS_URL, also when another process
// publishes one on the deployment's Redis channel; and every few seconds while anyone subscribes, for writers that
// tell no one (the seed from the command line, scripts). A missed wake-up only delays an event until the next poll:
// nothing is lost, since every read starts at the last position read.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import { sqlDialect } from '../stats/grouped-query.js';
import { encodeChangeCursor, readChanges, type ChangeEdgeRow } from './change-log.js';

/** A position in the feed, comparable: [sequence number (0 on SQLite), row id]. */
type Position = readonly [number, number];
const BEFORE_ALL: Position = [-1, -1];

function positionOf(cursor: string | null): Position {
  if (!cursor) return BEFORE_ALL;
  const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { change: number; seq?: number };
  return [v.seq ?? 0, v.change];
}

const after = (a: Position, b: Position) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

/** One subscriber of the process: the types it wants (null: all) and where its subscription began. */
interface Listener {
  types: ReadonlySet<string> | null;
  start: Position;
  /** The changes of one read, in feed order; `batch` numbers the reads (equal for every listener of one read). */
  deliver: (edges: ChangeEdgeRow[], batch: number) => void;
}

export interface NotifierOptions {
  logger: Logger;
  /** Fallback poll while anyone subscribes (ms). */
  pollMs: number;
  /** Shared wake-ups between processes; unset: this process alone. */
  redisUrl?: string;
  /** Key prefix of the deployment in Redis (RATE_LIMIT_PREFIX). */
  prefix: string;
}

/** Changes read per statement while catching up. */
const PAGE = 100;

export class ChangeNotifier {
  private readonly listeners = new Set<Listener>();
  /** The cursor of the last change read (null: the feed was empty). */
  private position: string | null = null;
  private reading: Promise<void> | null = null;
  private again = false;
  private batch = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly publisher: Redis | null = null;
  private readonly subscriber: Redis | null = null;
  private readonly channel: string;
  private readonly processId = randomUUID();
  private closed = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly options: NotifierOptions,
  ) {
    this.channel = `${options.prefix}:changes`;
    if (options.redisUrl) {
      const connect = (role: string) => {
        const redis = new Redis(options.redisUrl!, { enableOfflineQueue: role === 'subscriber', maxRetriesPerRequest: 1, lazyConnect: true });
        let warned = false;
        redis.on('error', (err: Error) => {
          if (!warned) options.logger.warn({ err: err.message }, 'Redis unreachable: live updates from other servers come with the next poll');
          warned = true;
        });
        redis.on('ready', () => (warned = false));
        redis.connect().catch(() => undefined);
        return redis;
      };
      this.publisher = connect('publisher');
      this.subscriber = connect('subscriber');
      this.subscriber.on('message', (_channel: string, from: string) => {
        if (from !== this.processId) this.wake();
      });
      this.subscriber.subscribe(this.channel).catch(() => undefined);
    }
  }

  /** Subscribers in this process. */
  get size(): number {
    return this.listeners.size;
  }

  /**
   * Starts delivering the changes committed from now on (after the feed's end as read now); returns the function
   * that stops it.
   */
  async listen(types: readonly string[] | null, deliver: Listener['deliver']): Promise<() => void> {
    const end = await this.feedEnd();
    const listener: Listener = { types: types ? new Set(types) : null, start: positionOf(end), deliver };
    // Nobody listened since the last read: start reading at the end, not at what was read then. (A read still running
    // may move the position back; it then re-reads changes every listener's start already excludes.)
    if (this.listeners.size === 0) this.position = end;
    this.listeners.add(listener);
    this.timer ??= setInterval(() => this.wake(), this.options.pollMs).unref();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** A write committed in this process: read the feed here, and tell the other processes. */
  notify(): void {
    this.wake();
    if (this.publisher?.status === 'ready') void this.publisher.publish(this.channel, this.processId).catch(() => undefined);
  }

  /** Reads what is new and delivers it (once more after the current read if one is running). */
  wake(): void {
    if (this.closed || this.listeners.size === 0) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.drain()
      .catch((err: unknown) => this.options.logger.warn({ err }, 'reading the change feed for subscribers failed; retried at the next wake-up'))
      .finally(() => {
        this.reading = null;
      });
  }

  /** Until every delivery of the reads begun so far is made (tests). */
  async settled(): Promise<void> {
    while (this.reading) await this.reading;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.listeners.clear();
    await this.reading;
    this.publisher?.disconnect();
    this.subscriber?.disconnect();
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      const em = this.orm.em.fork() as EntityManager;
      for (;;) {
        const page = await readChanges(em, { after: this.position, first: PAGE });
        if (page.edges.length) {
          this.position = page.pageInfo.endCursor;
          this.fanOut(page.edges);
        }
        if (!page.pageInfo.hasNextPage) break;
      }
    } while (this.again && this.listeners.size > 0 && !this.closed);
  }

  private fanOut(edges: ChangeEdgeRow[]) {
    const batch = ++this.batch;
    const positions = edges.map((e) => positionOf(e.cursor));
    for (const listener of [...this.listeners]) {
      const mine = edges.filter((e, i) => after(positions[i], listener.start) && (!listener.types || listener.types.has(e.node.type)));
      if (mine.length) listener.deliver(mine, batch);
    }
  }

  /** The cursor of the feed's last change, or null when it is empty. */
  private async feedEnd(): Promise<string | null> {
    const em = this.orm.em.fork() as EntityManager;
    const postgres = sqlDialect(em) === 'postgresql';
    const rows = await em
      .getConnection()
      .execute<{ id: number | string; seq?: number | string }[]>(
        postgres ? 'select id, seq from change_log order by seq desc, id desc limit 1' : 'select id from change_log order by id desc limit 1',
        [],
        'all',
      );
    const last = rows[0];
    if (!last) return null;
    return encodeChangeCursor(postgres ? { id: Number(last.id), seq: Number(last.seq) } : { id: Number(last.id) });
  }
}
