import { describe, expect, it } from 'vitest';
import { progressReporter } from './progress.js';

const sink = (isTTY: boolean) => {
  const written: string[] = [];
  return { out: { isTTY, write: (t: string) => written.push(t) }, written };
};

describe('seed progress', () => {
  it('redraws one bar in place on a terminal, and ends its line when done', () => {
    let t = 0;
    const { out, written } = sink(true);
    const p = progressReporter(out, { now: () => t });
    p.report({ done: 250_000, total: 1_000_000, stage: 'investments' });
    t = 50; // too soon to redraw
    p.report({ done: 260_000, total: 1_000_000, stage: 'investments' });
    t = 2000;
    p.report({ done: 1_000_000, total: 1_000_000, stage: 'deals' });
    p.done();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\r\[#{8}-{22}\] 250,000 \/ 1,000,000 records \(25%\), writing investments/);
    expect(written[1]).toMatch(/^\r\[#{30}\] 1,000,000 \/ 1,000,000 records \(100%\), writing deals, 2\.0 s/);
    expect(written[2]).toBe('\n');
  });

  it('writes a plain line every five seconds when not on a terminal (logs, CI), and the last one always', () => {
    let t = 0;
    const { out, written } = sink(false);
    const p = progressReporter(out, { now: () => t });
    for (let done = 10_000; done < 100_000; done += 10_000, t += 1000) p.report({ done, total: 100_000, stage: 'investments' });
    p.report({ done: 100_000, total: 100_000, stage: 'deals' });
    p.done();
    expect(written).toEqual([
      '10,000 / 100,000 records (10%), writing investments, 0.0 s\n',
      '60,000 / 100,000 records (60%), writing investments, 5.0 s\n',
      '100,000 / 100,000 records (100%), writing deals, 9.0 s\n',
    ]);
  });
});
