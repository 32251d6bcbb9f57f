// Progress of a long load: a bar redrawn in place on a terminal, a plain line every few seconds otherwise (logs, CI).
import type { DemoProgress } from './demo/load-demo.js';

interface Output {
  isTTY?: boolean;
  write(text: string): unknown;
}

const BAR = 30;

/** Returns a progress callback and `done()`, which ends the bar's line. `now` is injectable for tests. */
export function progressReporter(out: Output, { everyMs = out.isTTY ? 100 : 5000, now = () => Date.now() } = {}) {
  const started = now();
  let last = -Infinity;
  let drawn = false;
  const format = (p: DemoProgress) => {
    const share = p.total ? p.done / p.total : 1;
    const seconds = ((now() - started) / 1000).toFixed(1);
    return `${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} records (${Math.floor(share * 100)}%), writing ${p.stage}, ${seconds} s`;
  };
  return {
    report(p: DemoProgress) {
      const t = now();
      if (t - last < everyMs && p.done < p.total) return;
      last = t;
      if (out.isTTY) {
        const filled = Math.round((p.total ? p.done / p.total : 1) * BAR);
        out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${format(p)}\x1b[K`);
        drawn = true;
      } else {
        out.write(`${format(p)}\n`);
      }
    },
    done() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}
