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
  /**
   * PostgreSQL: the longest a statement of the server's may run (ms) before PostgreSQL cancels it and the request is
   * answered QUERY_TIMEOUT; 0 turns it off. Migrations at start-up and command-line tools run without it.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10000),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The built web client, relative to the project root. */
  WEB_DIST: z.string().min(1).default('dist/web'),
  /** Load the source's records at start-up (idempotent). */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Also load the generated DEMO dataset at start-up (once; always marked on screen). false: real data only. */
  DEMO_DATA: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Answer GraphQL introspection (bounded by the introspection depth rule and the token limit); the SDL is public anyway. */
  INTROSPECTION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** IANA time zone that decides what "today" is (default periods and exchange-rate dates). */
  TIME_ZONE: z.string().default('Asia/Shanghai').refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' }),
  /** HS256 secret for officers' access tokens; unset: a random key generated once and kept in the database. */
  AUTH_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  ACCESS_TOKEN_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  REFRESH_TOKEN_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Shared rate-limit counters for several servers; unset: counters in this process's memory. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, { message: 'must be redis://host:port' })
    .optional(),
  /** Prefix of the rate-limit counters' keys in Redis (separates deployments sharing one Redis). */
  RATE_LIMIT_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,40}$/)
    .default('parkscope'),
  /** Requests per minute: anonymous callers (per address), API keys and officers (per key or account). */
  RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_API_KEY: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_OFFICER: z.coerce.number().int().min(1).default(1200),
  /** Sign-in attempts per e-mail and address per 15 minutes. */
  SIGN_IN_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  /**
   * Failed sign-ins for one e-mail, from any address, before each further attempt waits: SIGN_IN_DELAY_SECONDS,
   * doubling with every further failure, at most 15 minutes; a successful sign-in resets it.
   */
  SIGN_IN_ACCOUNT_FAILURES: z.coerce.number().int().min(1).default(10),
  SIGN_IN_DELAY_SECONDS: z.coerce.number().int().min(1).max(900).default(1),
  /** Query limits, checked before anything runs. */
  MAX_DEPTH: z.coerce.number().int().min(1).default(12),
  MAX_ALIASES: z.coerce.number().int().min(0).default(20),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  MAX_TOKENS: z.coerce.number().int().min(100).default(3000),
  MAX_COST: z.coerce.number().int().min(1).default(50000),
  /** Largest request body (e.g. 1mb, 200kb). */
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, { message: 'must look like 1mb or 200kb' })
    .default('1mb'),
  /**
   * Origins (scheme://host[:port], comma-separated) whose pages may call the API from a browser (CORS, without
   * credentials); unset: none, the API answers only its own site's pages.
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((o) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o)), {
      message: 'must be origins such as https://example.org or http://localhost:5173, separated by commas',
    }),
  /** Trust X-Forwarded-For from this many proxies in front (0: use the socket address). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Memory for cached API answers in this process, in MiB (0 turns the response cache off). */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(65536).default(64),
  /** Open subscriptions (WebSocket) per caller on one server: per API key, per officer, per address when anonymous. */
  SUBSCRIPTIONS_PER_CALLER: z.coerce.number().int().min(0).default(20),
  /** How often subscribers' servers look for changes no one announced (the command-line seed, scripts), in ms. */
  SUBSCRIPTIONS_POLL_MS: z.coerce.number().int().min(100).max(60000).default(2000),
  /** WebSocket ping interval in ms; a socket that has not answered a ping by the next one is closed. */
  SUBSCRIPTIONS_PING_MS: z.coerce.number().int().min(100).max(300000).default(30000),
  /** Days an enquiry's contact details (name, e-mail, phone, message) are kept; then they are erased, logged in the audit. */
  ENQUIRY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** Enquiries accepted per hour from one address (the public form). */
  ENQUIRIES_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Weight units of GraphQL work running at once at most (admission.ts): a statistic weighs 4, a page of records 1. */
  ADMISSION_CAPACITY: z.coerce.number().int().min(1).default(256),
  /** What admitted work should take (ms): the limit shrinks below the capacity while work takes longer; 0: fixed. */
  ADMISSION_TARGET_MS: z.coerce.number().int().min(0).max(60000).default(500),
  /** The least the limit shrinks to (units); a request finding nothing running always starts. */
  ADMISSION_FLOOR: z.coerce.number().int().min(1).default(8),
  /** Weight units that may wait for room; beyond them a request is refused at once with 503 OVERLOADED. */
  ADMISSION_QUEUE: z.coerce.number().int().min(0).default(1024),
  /** How long a request may wait for room before it is refused (ms). */
  ADMISSION_WAIT_MS: z.coerce.number().int().min(0).max(60000).default(1000),
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
