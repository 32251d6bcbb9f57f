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
  constructor(readonly retryAfterSeconds: number, message: string) {
    super(message);
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: this.retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(this.retryAfterSeconds)]]) } },
    });
  }
}

export interface Limits {
  /** Counts one request of `actor`; throws RateLimited when over its budget. */
  request(actor: Actor): Promise<void>;
  /** Counts one sign-in attempt for this e-mail from this address; throws (as a GraphQL error) when over. */
  signInAttempt(email: string, ip: string): Promise<void>;
  close(): Promise<void>;
}

type LimiterOptions = { keyPrefix: string; points: number; duration: number };

/** The limits; with REDIS_URL it waits (up to 5 s) for Redis so the first requests are already counted there. */
export async function createLimits(config: Config, logger: Logger): Promise<Limits> {
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
    redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
  const perMinute = {
    anonymous: make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:anon`, points: config.RATE_LIMIT_ANONYMOUS, duration: 60 }),
    apiKey: make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:key`, points: config.RATE_LIMIT_API_KEY, duration: 60 }),
    officer: make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:officer`, points: config.RATE_LIMIT_OFFICER, duration: 60 }),
  };
  const signInPerAccount = make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:signin`, points: config.SIGN_IN_ATTEMPTS, duration: 15 * 60 });
  const signInPerAddress = make({ keyPrefix: `${config.RATE_LIMIT_PREFIX}:signin-ip`, points: config.SIGN_IN_ATTEMPTS * 5, duration: 15 * 60 });

  const consume = async (limiter: RateLimiterAbstract, key: string, what: string) => {
    try {
      await limiter.consume(key);
    } catch (res) {
      if (res instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
        throw new RateLimited(seconds, `Too many ${what}; try again in ${seconds} s`);
      }
      throw res;
    }
  };

  return {
    request: (actor) => consume(perMinute[actor.kind], actor.key, 'requests'),
    async signInAttempt(email, ip) {
      try {
        await consume(signInPerAddress, ip, 'sign-in attempts from this address');
        await consume(signInPerAccount, `${email}|${ip}`, 'sign-in attempts for this account');
      } catch (err) {
        throw err instanceof RateLimited ? err.toGraphQLError() : err;
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
