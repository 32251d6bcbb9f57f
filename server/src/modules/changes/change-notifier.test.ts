// The notifier's cost: one read of the change feed per wake-up for every subscriber of the process, and one statement
// per distinct filter for the subscribers of new records; subscriptions start at the feed's end.
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/orm.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createScratchDatabase } from '../../db/scratch.js';
import { createLogger } from '../../logger.js';
import { Deal } from '../deals/deal.entity.js';
import { DEAL_FILTER } from '../deals/deal.filter.js';
import { ChangeNotifier } from './change-notifier.js';
import { LiveRecords, type EventStream } from './live.js';

describe('ChangeNotifier and LiveRecords', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;
  const statements: string[] = [];
  let notifier: ChangeNotifier;
  let live: LiveRecords;

  const exec = (sql: string) => (orm.em.fork() as EntityManager).getConnection().execute(sql, [], 'run');
  /** A change of the feed, as the triggers write it. */
  const logChange = (type: string, id: number, kind = 'CREATED') =>
    exec(`insert into change_log (record_type, record_id, version, kind, changed_at) values ('${type}', ${id}, 1, '${kind}', '2026-12-02T00:00:00.000Z')`);
  const drain = async <T>(stream: EventStream<T>, n: number): Promise<T[]> => {
    const got: T[] = [];
    for (let i = 0; i < n; i++) got.push((await stream.next()).value as T);
    return got;
  };

  beforeAll(async () => {
    const db = await createScratchDatabase('sqlite');
    drop = db.drop;
    orm = await openDatabase(db.url, { debug: ['query'], logger: (message: string) => void statements.push(message) });
    notifier = new ChangeNotifier(orm, { logger: createLogger('silent'), pollMs: 60_000, prefix: 'test' });
    live = new LiveRecords(orm, notifier);
  });
  afterAll(async () => {
    await notifier?.close();
    await orm?.close(true);
    await drop?.();
  });

  it('starts at the feed end, reads the feed once per wake-up for all subscribers, and hands each the types it asked for', async () => {
    await logChange('Park', 1, 'UPDATED');
    const all = await Promise.all(Array.from({ length: 5 }, () => live.changes(null)));
    const parks = await live.changes(['PARK']);
    await logChange('Deal', 7);
    await logChange('Park', 2, 'UPDATED');
    statements.length = 0;
    notifier.wake();
    await notifier.settled();
    expect(statements.filter((s) => /from [`"]?change_log/.test(s))).toHaveLength(1);
    for (const stream of all)
      expect((await drain(stream, 2)).map((e) => [e.node.type, e.node.kind])).toEqual([
        ['DEAL', 'CREATED'],
        ['PARK', 'UPDATED'],
      ]);
    expect((await drain(parks, 1)).map((e) => e.node.id)).toEqual([toGlobalId('Park', 2)]);
    for (const stream of [...all, parks]) await stream.return();
    expect(notifier.size).toBe(0);
  });

  it('checks new records against each distinct filter once per read, shared by subscribers with equal filters', async () => {
    const list = { entity: Deal, filter: DEAL_FILTER, type: 'Deal' as const };
    const mous = await Promise.all([live.created(list, { kind: { eq: 'MOU' } }), live.created(list, { kind: { eq: 'MOU' } })]);
    const any = await live.created(list, null);
    await logChange('Deal', 101);
    await logChange('Deal', 102);
    statements.length = 0;
    notifier.wake();
    await notifier.settled();
    await new Promise((r) => setTimeout(r, 50));
    // The deals do not exist (only their changes were written): what counts is the statements, one per distinct filter.
    expect(statements.filter((s) => /from [`"]?deal[`"]?/.test(s))).toHaveLength(2);
    for (const stream of [...mous, any]) await stream.return();
  });
});
