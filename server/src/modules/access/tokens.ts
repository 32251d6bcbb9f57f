// Short-lived access tokens for signed-in officers (JWT, HS256, via jose) and opaque refresh tokens / API keys.
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { OfficerRole } from '../../domain/vocabulary.js';
import { ServerSetting } from './access.entities.js';

const ISSUER = 'parkscope';
const AUDIENCE = 'parkscope-api';
const SIGNING_KEY_SETTING = 'auth.signing-key';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/**
 * The HS256 key: AUTH_SECRET when set, otherwise a random key generated once and kept in the database, so every
 * instance on the same database shares it and sign-ins survive restarts.
 */
export async function loadSigningKey(em: EntityManager, secret: string | undefined): Promise<Uint8Array> {
  if (secret) return new TextEncoder().encode(secret);
  return loadOrCreateSecret(em, SIGNING_KEY_SETTING);
}

/**
 * A random 32-byte secret kept in the database under `key`: read when it exists, else generated and stored, so every
 * instance on the same database shares it (when two create it at once, the first one stored wins and both use it).
 */
export async function loadOrCreateSecret(em: EntityManager, key: string): Promise<Buffer> {
  const existing = await em.fork().findOne(ServerSetting, { key });
  if (existing) return Buffer.from(existing.value, 'base64url');
  try {
    await em.fork().insert(ServerSetting, { key, value: randomToken(32) });
  } catch {
    // another instance created it first
  }
  const created = await em.fork().findOneOrFail(ServerSetting, { key });
  return Buffer.from(created.value, 'base64url');
}

export interface AccessClaims {
  officerId: number;
  role: OfficerRole;
  name: string;
  /** The session (OfficerSession id) the token was issued for. */
  sessionId: number;
  /** The officer's session epoch when the token was issued; a later epoch makes the token void. */
  epoch: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export class TokenIssuer {
  constructor(
    private readonly key: Uint8Array,
    readonly accessTtlSeconds: number,
  ) {}

  async issue(claims: AccessClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.accessTtlSeconds;
    const token = await new SignJWT({ role: claims.role, name: claims.name, sid: claims.sessionId, epoch: claims.epoch })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.officerId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /**
   * The claims of a valid token; an error (and why, for the message) when it is malformed, forged, expired, has no
   * expiry, or lacks its session and epoch (tokens from before sessions were checked on every request).
   */
  async verify(token: string, now = new Date()): Promise<{ claims: AccessClaims } | { error: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat', 'sub'],
        currentDate: now,
      });
      const officerId = Number(payload.sub);
      if (!Number.isSafeInteger(officerId)) return { error: 'The access token names no officer' };
      if (!isCount(payload.sid) || !isCount(payload.epoch)) return { error: 'The access token names no session; sign in again' };
      return {
        claims: {
          officerId,
          role: payload.role as OfficerRole,
          name: typeof payload.name === 'string' ? payload.name : '',
          sessionId: payload.sid,
          epoch: payload.epoch,
        },
      };
    } catch (err) {
      if (err instanceof errors.JWTExpired) return { error: 'The access token has expired; refresh it with refreshSession' };
      return { error: 'The access token is not valid' };
    }
  }
}
