// The options of `npm run seed`, read from the command line into sizes and a mode (a pure function, tested).
import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_SEED, DEFAULT_DEMO_SIZES, type DemoSizes } from './demo/demo-data.js';

export interface SeedArgs {
  mode: 'demo' | 'real-only' | 'remove-demo';
  sizes: DemoSizes;
  seed: number;
}

export const SEED_USAGE = 'usage: npm run seed -- [--organizations N] [--tenancies N] [--investments N] [--deals N] [--seed N] | --real-only | --remove-demo';

export class SeedArgsError extends Error {}

/** Reads the command line; a wrong option or number throws SeedArgsError with a message for the user. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        organizations: { type: 'string' },
        tenancies: { type: 'string' },
        investments: { type: 'string' },
        deals: { type: 'string' },
        seed: { type: 'string' },
        'real-only': { type: 'boolean' },
        'remove-demo': { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new SeedArgsError(`${(err as Error).message}\n${SEED_USAGE}`);
  }
  const v = parsed.values;
  const count = (name: keyof DemoSizes, min: number): number => {
    const text = v[name];
    if (text === undefined) return DEFAULT_DEMO_SIZES[name];
    const n = Number(text.replaceAll('_', ''));
    if (!/^\d[\d_]*$/.test(text) || !Number.isSafeInteger(n) || n < min) {
      throw new SeedArgsError(`--${name} takes a whole number of at least ${min}, not "${text}"`);
    }
    return n;
  };
  const sizes = { organizations: count('organizations', 1), tenancies: count('tenancies', 0), investments: count('investments', 0), deals: count('deals', 0) };
  let seed = DEFAULT_DEMO_SEED;
  if (v.seed !== undefined) {
    if (!/^\d+$/.test(v.seed) || !Number.isSafeInteger(Number(v.seed))) throw new SeedArgsError(`--seed takes a whole number, not "${v.seed}"`);
    seed = Number(v.seed);
  }
  const sized = ['organizations', 'tenancies', 'investments', 'deals', 'seed'].some((k) => k in v);
  if (v['real-only'] && v['remove-demo']) throw new SeedArgsError('--real-only and --remove-demo cannot be used together');
  const mode = v['real-only'] ? 'real-only' : v['remove-demo'] ? 'remove-demo' : 'demo';
  if (mode !== 'demo' && sized) throw new SeedArgsError(`--${mode} makes no demo data: sizes and --seed do not apply`);
  return { mode, sizes, seed };
}
