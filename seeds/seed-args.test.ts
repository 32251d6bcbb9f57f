import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, DEFAULT_DEMO_SIZES } from './demo/demo-data.js';
import { parseSeedArgs, SeedArgsError } from './seed-args.js';

describe('npm run seed options', () => {
  it('default to the fixed demo set', () => {
    expect(parseSeedArgs([])).toEqual({ mode: 'demo', sizes: DEFAULT_DEMO_SIZES, seed: DEFAULT_DEMO_SEED });
  });

  it('take sizes and a seed, the rest staying at their defaults', () => {
    expect(parseSeedArgs(['--investments', '1000000', '--deals=100_000', '--seed', '7'])).toEqual({
      mode: 'demo',
      sizes: { ...DEFAULT_DEMO_SIZES, investments: 1_000_000, deals: 100_000 },
      seed: 7,
    });
    expect(parseSeedArgs(['--organizations', '5000', '--tenancies', '0']).sizes).toEqual({ ...DEFAULT_DEMO_SIZES, organizations: 5000, tenancies: 0 });
  });

  it('keep --real-only and --remove-demo', () => {
    expect(parseSeedArgs(['--real-only']).mode).toBe('real-only');
    expect(parseSeedArgs(['--remove-demo']).mode).toBe('remove-demo');
  });

  it.each([
    [['--investments', 'many'], '--investments takes a whole number of at least 0, not "many"'],
    [['--investments=-5'], '--investments takes a whole number'],
    [['--investments', '1.5'], '--investments takes a whole number'],
    [['--organizations', '0'], '--organizations takes a whole number of at least 1'],
    [['--seed', 'x'], '--seed takes a whole number'],
    [['--investmnets', '5'], 'Unknown option'],
    [['--remove-demo', '--investments', '5'], '--remove-demo makes no demo data'],
    [['--real-only', '--remove-demo'], 'cannot be used together'],
  ])('refuse %j with a message saying what is wrong', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(SeedArgsError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});
