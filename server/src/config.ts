import { z } from 'zod';
import { isTimeZone } from './clock.js';

// Configuration comes from the environment only; every value is checked once, at start-up, with a readable message.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/parkscope.sqlite')
    .refine((v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
      message: 'must be sqlite:<file path> (e.g. sqlite:./data/parkscope.sqlite) or postgres://user@host:port/database',
    }),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The built web client, relative to the project root. */
  WEB_DIST: z.string().min(1).default('dist/web'),
  /** Load the source's records at start-up (idempotent). */
  SEED_ON_START: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Also load the generated DEMO dataset at start-up (once; always marked on screen). false: real data only. */
  DEMO_DATA: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** IANA time zone that decides what "today" is (default periods and exchange-rate dates). */
  TIME_ZONE: z.string().default('Asia/Shanghai').refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' }),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
