import { EventEmitter } from 'node:events';
import type express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Admission, admissionControl, DECREASE, INCREASE, Overloaded, operationWeight, WEIGHTS } from './admission.js';

describe('the weight of an operation', () => {
  it('weighs statistics more than pages, and counting and searching on top', () => {
    expect(operationWeight('{ sectors { code } }')).toBe(WEIGHTS.field);
    expect(operationWeight('{ investmentStats { totals { count } } }')).toBe(WEIGHTS.heavy);
    expect(operationWeight('{ parks(first: 5) { totalCount nodes { id } } }')).toBe(WEIGHTS.field + WEIGHTS.totalCount);
    expect(operationWeight('{ organizations(first: 5, filter: { search: "hai" }) { nodes { id } } }')).toBe(WEIGHTS.field + WEIGHTS.search);
    expect(
      operationWeight(
        'query A { sectors { code } } query B { a: tenantSeries(period: { from: "2026-01-01", to: "2026-06-30" }, grain: MONTH) { key } b: parkStats { park { id } } }',
        'B',
      ),
    ).toBe(2 * WEIGHTS.heavy);
    expect(operationWeight('mutation { signOut }')).toBe(WEIGHTS.mutation);
    // What Apollo will refuse anyway costs the least.
    expect(operationWeight('{ not a document')).toBe(1);
    expect(operationWeight('query A { sectors { code } } query B { sectors { code } }')).toBe(1);
  });
});

describe('admission to a fixed capacity with a bounded queue', () => {
  it('admits within the capacity, queues first come first served, and refuses beyond the queue at once', async () => {
    const admission = new Admission(4, 4, 10_000);
    const a = await admission.enter(3);
    const b = await admission.enter(1);
    const order: string[] = [];
    const c = admission.enter(2).then((release) => (order.push('c'), release));
    const d = admission.enter(1).then((release) => (order.push('d'), release));
    expect(admission.state()).toEqual({ inUse: 4, queued: 3 });
    // A third waiter of 2 units would pass the queue's 4: refused at once.
    await expect(admission.enter(2)).rejects.toBeInstanceOf(Overloaded);
    a();
    a(); // a release counts once
    const [releaseC, releaseD] = await Promise.all([c, d]);
    expect(order).toEqual(['c', 'd']);
    expect(admission.state()).toEqual({ inUse: 4, queued: 0 });
    for (const release of [b, releaseC, releaseD]) release();
    expect(admission.state()).toEqual({ inUse: 0, queued: 0 });
    // A weight above the capacity takes the whole capacity rather than never being admitted.
    const whole = await admission.enter(40);
    expect(admission.state().inUse).toBe(4);
    whole();
  });

  it('refuses a request that waited too long, and lets the next one in', async () => {
    const admission = new Admission(1, 10, 20);
    const first = await admission.enter(1);
    const waited = admission.enter(1);
    await expect(waited).rejects.toMatchObject({ retryAfterSeconds: 1 });
    expect(admission.state()).toEqual({ inUse: 1, queued: 0 });
    first();
    const next = await admission.enter(1);
    expect(admission.state().inUse).toBe(1);
    next();
  });
});

describe('a limit that follows the time admitted work takes', () => {
  /** An admission with a 500 ms target on a clock the test moves. */
  const timed = (capacity = 100, floor = 20) => {
    const clock = { t: 0 };
    const admission = new Admission(capacity, 1000, 60_000, { targetMs: 500, floor, now: () => clock.t });
    /** Runs `weight` units for `ms` on the clock, alone. */
    const run = async (weight: number, ms: number) => {
      const release = await admission.enter(weight);
      clock.t += ms;
      release();
    };
    return { admission, clock, run };
  };

  it('starts at the floor and, until work is slow, grows by the whole weight of work done in time while in use', async () => {
    const { admission, run } = timed();
    expect(admission.limit()).toBe(20);
    await run(15, 100); // 15 of 20 in use: the limit was in use
    expect(admission.limit()).toBe(35);
    await run(5, 100); // 5 of 35: not in use, so it says nothing
    expect(admission.limit()).toBe(35);
    await run(30, 500); // exactly the target is in time
    await run(40, 10);
    expect(admission.limit()).toBe(100); // never above the capacity
  });

  it('shrinks by a quarter when work takes longer than the target, once per target’s time, never below the floor; then grows by a tenth', async () => {
    const { admission, clock, run } = timed();
    await run(20, 10);
    await run(40, 10);
    await run(60, 10);
    expect(admission.limit()).toBe(100);
    const a = await admission.enter(40);
    const b = await admission.enter(40);
    clock.t += 501;
    a();
    b(); // ended in the same window: admitted under the same limit, so it does not shrink it again
    expect(admission.limit()).toBe(100 * DECREASE);
    // After slow work it grows by a tenth of the weight.
    await run(40, 100);
    expect(admission.limit()).toBe(75 + 40 * INCREASE);
    for (let i = 0; i < 10; i++) {
      clock.t += 500;
      await run(4, 501);
    }
    expect(admission.limit()).toBe(20);
  });

  it('shrinks while work is still running past the target, before it ends, and admits by the limit', async () => {
    const { admission, clock, run } = timed();
    await run(20, 10);
    await run(40, 10);
    await run(60, 10);
    const long = await admission.enter(60);
    clock.t += 501;
    // The 60 units have run 501 ms: the limit falls to 75 as the next request arrives, which still fits.
    const second = await admission.enter(10);
    expect(admission.limit()).toBe(75);
    clock.t += 500;
    let started = false;
    const third = admission.enter(10).then((release) => ((started = true), release));
    await Promise.resolve();
    // Another window on, still running: 56.25, and 60 + 10 + 10 does not fit.
    expect(admission.limit()).toBe(75 * DECREASE);
    expect([started, admission.state()]).toEqual([false, { inUse: 70, queued: 10 }]);
    long();
    (await third)();
    second();
    expect(admission.state()).toEqual({ inUse: 0, queued: 0 });
  });

  it('lets a request heavier than the limit run when nothing else does, and alone', async () => {
    const { admission } = timed();
    expect(admission.limit()).toBe(20);
    const heavy = await admission.enter(41);
    expect(admission.state().inUse).toBe(41);
    const small = admission.enter(1);
    expect(admission.state().queued).toBe(1);
    heavy();
    (await small)();
    expect(admission.state()).toEqual({ inUse: 0, queued: 0 });
  });

  it('stays at the capacity without a target', async () => {
    const clock = { t: 0 };
    const admission = new Admission(10, 0, 1000, { targetMs: 0, floor: 1, now: () => clock.t });
    expect(admission.limit()).toBe(10);
    const r = await admission.enter(10);
    clock.t = 60_000;
    expect(admission.state().inUse).toBe(10);
    r();
    expect(admission.limit()).toBe(10);
  });
});

describe('the admission middleware', () => {
  /** A request and a response as the middleware sees them: events, and whether the response was destroyed. */
  const exchange = () => {
    const emitter = new EventEmitter();
    const res = Object.assign(emitter, { destroyed: false, ended: false, end: () => Object.assign(res, { ended: true }) }) as unknown as express.Response &
      EventEmitter & { destroyed: boolean; ended: boolean };
    const req = { method: 'POST', body: { query: '{ investmentStats { totals { count } } }' } } as express.Request;
    return { req, res };
  };

  it('holds the room while the answer runs, and gives back the room of a caller that went away while waiting', async () => {
    const admission = new Admission(4, 8, 10_000);
    const refused: unknown[] = [];
    const middleware = admissionControl(admission, (_res, err) => refused.push(err));
    const running = exchange();
    let started = 0;
    await middleware(running.req, running.res, () => void started++);
    expect([started, admission.state().inUse]).toEqual([1, 4]);
    // A second caller waits, then hangs up before there is room.
    const leaving = exchange();
    const waited = middleware(leaving.req, leaving.res, () => void started++);
    expect(admission.state().queued).toBe(4);
    leaving.res.destroyed = true;
    leaving.res.emit('close');
    running.res.emit('finish');
    await waited;
    // The caller who left was never started, and keeps nothing.
    expect(started).toBe(1);
    expect(admission.state()).toEqual({ inUse: 0, queued: 0 });
    expect(refused).toEqual([]);
  });

  it('lets a request the server will refuse anyway (invalid, over a limit) through without taking room, even when full', async () => {
    const admission = new Admission(4, 0, 10_000);
    const seen: unknown[][] = [];
    const middleware = admissionControl(
      admission,
      () => undefined,
      (...args) => (seen.push(args), true),
    );
    const full = await admission.enter(4);
    const refusedAnyway = exchange();
    refusedAnyway.req.body = { query: '{ tooDeep }', operationName: 'X', variables: { n: 1 } };
    let started = false;
    await middleware(refusedAnyway.req, refusedAnyway.res, () => void (started = true));
    expect([started, admission.state(), seen]).toEqual([true, { inUse: 4, queued: 0 }, [['{ tooDeep }', 'X', { n: 1 }]]]);
    // A GET's variables are JSON text.
    const get = exchange();
    Object.assign(get.req, { method: 'GET', query: { query: '{ tooDeep }', variables: '{"n":2}' } });
    await middleware(get.req, get.res, () => undefined);
    expect(seen[1]).toEqual(['{ tooDeep }', undefined, { n: 2 }]);
    full();
  });

  it('keeps the room of a caller who hung up while its answer runs, until the answer ends', async () => {
    const admission = new Admission(4, 8, 10_000);
    const middleware = admissionControl(admission, () => undefined);
    const running = exchange();
    await middleware(running.req, running.res, () => undefined);
    // The caller goes away; the execution goes on and keeps its units, so no more work is let in on top of it.
    running.res.destroyed = true;
    running.res.emit('close');
    expect(admission.state().inUse).toBe(4);
    const next = exchange();
    let started = false;
    const waiting = middleware(next.req, next.res, () => void (started = true));
    expect([started, admission.state().queued]).toEqual([false, 4]);
    // The answer is written (to a closed socket): the units come back and the next caller starts.
    running.res.end();
    await waiting;
    expect(running.res.ended).toBe(true);
    expect([started, admission.state()]).toEqual([true, { inUse: 4, queued: 0 }]);
  });
});

describe('admission after a wait that ran out', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a request whose wait ran out before room came, even when room comes before its timer runs', async () => {
    vi.useFakeTimers();
    const admission = new Admission(1, 10, 20);
    const first = await admission.enter(1);
    const waited = admission.enter(1);
    // Its 20 ms are over, but its timer has not run yet (a busy event loop): the room given back must not start it.
    vi.setSystemTime(Date.now() + 25);
    first();
    await expect(waited).rejects.toMatchObject({ retryAfterSeconds: 1 });
    expect(admission.state()).toEqual({ inUse: 0, queued: 0 });
  });
});
