// Request and sign-in rate limits (rate-limiter-flexible): in this process's memory by default, in Redis when
// REDIS_URL is set so several servers share the counters (with memory as the fallback if Redis is unreachable).
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import { ErrorCode } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import type { Actor } from '../modules/access/actor.js';

export class RateLimited extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
    /** The request budget that was exhausted (none for sign-in throttling, which has no published policy). */
    readonly budget?: RequestBudget,
  ) {
    super(message);
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfterSeconds: this.retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(this.retryAfterSeconds)]]) },
      },
    });
  }
}

/** One sign-in attempt let through; say how it went. */
export interface SignInAttempt {
  /** The password was right: the account's failures and waiting are cleared and this address becomes known. */
  succeeded(): Promise<void>;
  /** The password was wrong: one more failure for the account; past the free ones, the next attempt waits longer. */
  failed(): Promise<void>;
}

/** The longest an account's sign-ins ever wait: never a lock an attacker could keep an officer out with. */
export const MAX_SIGN_IN_DELAY_SECONDS = 15 * 60;
/** How long an address the account signed in from stays exempt from its waiting (under 24.8 days: a timer's limit). */
const KNOWN_ADDRESS_SECONDS = 14 * 86_400;

/** A caller's request budget once a request is counted: its policy and what is left of it in the current window. */
export interface RequestBudget {
  /** The policy's name: the kind of caller (anonymous callers by address, each API key, each officer). */
  policy: 'anonymous' | 'api-key' | 'officer';
  /** Requests allowed per window. */
  quota: number;
  windowSeconds: number;
  /** Requests left in the current window. */
  remaining: number;
  /** Seconds until the current window ends and the budget is whole again. */
  resetSeconds: number;
}

const POLICY: Record<Actor['kind'], RequestBudget['policy']> = { anonymous: 'anonymous', apiKey: 'api-key', officer: 'officer' };

/**
 * The budget as the IETF draft's fields (draft-ietf-httpapi-ratelimit-headers-11, structured-field lists):
 * `RateLimit-Policy: "anonymous";q=300;w=60` and `RateLimit: "anonymous";r=299;t=42`.
 */
export function rateLimitHeaders(budget: RequestBudget): { 'RateLimit-Policy': string; RateLimit: string } {
  const name = `"${budget.policy}"`;
  return {
    'RateLimit-Policy': `${name};q=${budget.quota};w=${budget.windowSeconds}`,
    RateLimit: `${name};r=${Math.max(0, budget.remaining)};t=${Math.max(0, budget.resetSeconds)}`,
  };
}

export interface Limits {
  /** Counts one request of `actor` and answers what is left of its budget; throws RateLimited when over it. */
  request(actor: Actor): Promise<RequestBudget>;
  /**
   * Counts one sign-in attempt for this (lower-cased) e-mail from this address; throws RateLimited when over the
   * budget per address, per e-mail and address, or while the account waits after repeated failures.
   */
  signInAttempt(email: string, ip: string): Promise<SignInAttempt>;
  /** Counts one enquiry sent from this address; throws RateLimited past ENQUIRIES_PER_HOUR in the hour. */
  enquiry(ip: string): Promise<void>;
  close(): Promise<void>;
}

type LimiterOptions = { keyPrefix: string; points: number; duration: number };

/**
 * The limits; with REDIS_URL it waits (up to 5 s) for Redis so the first requests are already counted there. Request
 * and sign-in budgets count in fixed windows of the server's clock (`now`, ms): each window has its own keys, so a
 * test clock moved past a window starts a fresh budget without real waiting.
 */
export async function createLimits(config: Config, logger: Logger, now: () => number = Date.now): Promise<Limits> {
  let redis: Redis | undefined;
  if (config.REDIS_URL) {
    redis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    redis.on('error', (err) => logger.warn({ err: err.message }, 'Redis unreachable: rate limits fall back to this process'));
    try {
      await Promise.race([redis.connect(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 5000))]);
      logger.info('rate limits shared through Redis');
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'Redis not reachable at start-up: rate limits count in this process until it is');
    }
  }
  const make = (options: LimiterOptions): RateLimiterAbstract =>
    redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
  const perMinute = {
    anonymous: make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:anon`, points: config.RATE_LIMIT_ANONYMOUS, duration: 60 }),
    apiKey: make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:key`, points: config.RATE_LIMIT_API_KEY, duration: 60 }),
    officer: make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:officer`, points: config.RATE_LIMIT_OFFICER, duration: 60 }),
  };
  const signInPerAccount = make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:signin`, points: config.SIGN_IN_ATTEMPTS, duration: 15 * 60 });
  const signInPerAddress = make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:signin-ip`, points: config.SIGN_IN_ATTEMPTS * 5, duration: 15 * 60 });
  // Per account, across addresses (guessing from many addresses): consecutive failures per e-mail (kept a day, cleared
  // by a success); past SIGN_IN_ACCOUNT_FAILURES each failure makes the next attempt wait SIGN_IN_DELAY_SECONDS × 2^k,
  // at most 15 minutes. Addresses the account signed in from before (14 days) do not wait, so an attacker's failures
  // cannot keep the officer out; they still count against the per e-mail and address budget.
  const enquiriesPerAddress = make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:enquiry-ip`, points: config.ENQUIRIES_PER_HOUR, duration: 3600 });
  const accountFailures = make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:signin-fail`, points: 1_000_000, duration: 24 * 3600 });
  const accountWait = make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:signin-wait`, points: 1, duration: MAX_SIGN_IN_DELAY_SECONDS });
  const knownAddresses = make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:signin-known`, points: 1_000_000, duration: KNOWN_ADDRESS_SECONDS });

  /** Counts one point; answers the points left and the seconds to the window's end, or throws RateLimited. */
  const consume = async (limiter: RateLimiterAbstract, key: string, what: string, policy?: RequestBudget['policy']) => {
    // The window the clock is in; the store keeps a key for one window's length from its first use, so it is gone
    // (in real time) no sooner than its window ends.
    const windowMs = limiter.duration * 1000;
    const at = now();
    const window = Math.floor(at / windowMs);
    const seconds = Math.max(1, Math.ceil(((window + 1) * windowMs - at) / 1000));
    const budget = (remaining: number): RequestBudget | undefined =>
      policy && { policy, quota: limiter.points, windowSeconds: limiter.duration, remaining, resetSeconds: seconds };
    try {
      const res = await limiter.consume(`${key}@${window}`);
      return budget(res.remainingPoints);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw new RateLimited(seconds, `Too many ${what}; try again in ${seconds} s`, budget(0));
      throw res;
    }
  };

  return {
    request: async (actor) => (await consume(perMinute[actor.kind], actor.key, 'requests', POLICY[actor.kind]))!,
    async signInAttempt(email, ip) {
      const pair = `${email}|${ip}`;
      await consume(signInPerAddress, ip, 'sign-in attempts from this address');
      await consume(signInPerAccount, pair, 'sign-in attempts for this account');
      if (!(await knownAddresses.get(pair))) {
        const wait = await accountWait.get(email);
        if (wait && wait.consumedPoints > 1 && wait.msBeforeNext > 0) {
          const seconds = Math.max(1, Math.ceil(wait.msBeforeNext / 1000));
          throw new RateLimited(seconds, `Too many failed sign-ins for this account; try again in ${seconds} s`);
        }
      }
      return {
        async succeeded() {
          await Promise.all([accountFailures.delete(email), accountWait.delete(email), knownAddresses.set(pair, 1, KNOWN_ADDRESS_SECONDS)]);
        },
        async failed() {
          const failures = (await accountFailures.penalty(email, 1)).consumedPoints;
          const beyond = failures - config.SIGN_IN_ACCOUNT_FAILURES;
          if (beyond >= 0) await accountWait.block(email, Math.min(MAX_SIGN_IN_DELAY_SECONDS, config.SIGN_IN_DELAY_SECONDS * 2 ** beyond));
        },
      };
    },
    async enquiry(ip) {
      await consume(enquiriesPerAddress, ip, 'enquiries from this address');
    },
    async close() {
      redis?.disconnect();
    },
  };
}
