// Responsible for identities: resolving a request's credentials to an Actor, officer sign-in and sessions,
// and the admin's management of API keys and officers.
import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { ApiKeyRole, OfficerRole } from '../../domain/vocabulary.js';
import { badUserInput, conflict, fieldError, forbidden, invalidFields, unauthenticated, type FieldError } from '../../graphql/errors.js';
import { paginate, type PageArgs } from '../../graphql/pagination.js';
import { anonymous, requireRole, type Actor } from './actor.js';
import type { SignInAttempt } from '../../http/rate-limits.js';
import { RateLimited } from '../../http/rate-limits.js';
import { SecurityTrail } from '../audit/security-trail.js';
import type { SessionEndReason } from '../../domain/vocabulary.js';

/** The shell (npm run apikey / officer): whoever runs it administers the database. */
export const COMMAND_LINE: Actor = { kind: 'officer', role: 'ADMIN', id: null, name: 'command line', key: 'cli', allowListOnly: false };
import { ApiKey, Officer, OfficerSession, type ApiKeyEntity, type OfficerEntity } from './access.entities.js';
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
import { randomToken, sha256, type TokenIssuer } from './tokens.js';

export const API_KEY_PREFIX = 'psk_';
const PREFIX_LENGTH = API_KEY_PREFIX.length + 12;
/** lastUsedAt is written at most this often per key, so reads do not turn into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface SessionSettings {
  tokens: TokenIssuer;
  refreshTtlDays: number;
}

/** Counts sign-in attempts (see Limits.signInAttempt); throws RateLimited when the caller must wait. */
export type SignInGuard = (email: string) => Promise<SignInAttempt>;

export interface SignedIn {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  officer: OfficerEntity;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class AccessService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionSettings,
    /** Writes security events to the audit log and the logs (the CLI's and tests' default: audit rows only). */
    private readonly trail = new SecurityTrail(),
  ) {}

  private now(): Date {
    return this.trail.now();
  }

  /** The actor behind an `Authorization` header (none: anonymous); a bad credential is UNAUTHENTICATED, never anonymous. */
  async authenticate(authorization: string | undefined, ip: string): Promise<Actor> {
    if (!authorization) return anonymous(ip);
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <API key or access token>"');
    const credential = match[1];
    if (credential.startsWith(API_KEY_PREFIX)) return this.apiKeyActor(credential);
    const verified = await this.sessions.tokens.verify(credential, this.now());
    if ('error' in verified) throw unauthenticated(verified.error);
    // One statement: the token's session with its officer. A disable, a password change or a detected reuse moves
    // the officer's epoch on, a sign-out ends the session: either refuses the token at once, on every server.
    const { officerId, sessionId, epoch } = verified.claims;
    const session = await this.em.findOne(OfficerSession, { id: sessionId, officer: officerId }, { populate: ['officer'], strategy: 'joined' });
    const officer = session?.officer.getEntity();
    if (!session || !officer) throw unauthenticated('The session of this access token has ended; sign in again');
    if (officer.disabledAt) throw unauthenticated('This officer account is disabled');
    if (officer.sessionEpoch !== epoch || (session.endedReason && session.endedReason !== 'ROTATED')) {
      throw unauthenticated('This session was ended (signed out, password changed or signed out everywhere); sign in again');
    }
    return { kind: 'officer', role: officer.role, id: officer.id, name: officer.name, key: `officer:${officer.id}`, allowListOnly: false, sessionId };
  }

  private async apiKeyActor(key: string): Promise<Actor> {
    const found = await this.em.findOne(ApiKey, { prefix: key.slice(0, PREFIX_LENGTH) });
    const matches = found !== null && timingSafeEqual(Buffer.from(sha256(key)), Buffer.from(found.secretHash));
    if (!found || !matches) throw unauthenticated('Unknown API key');
    if (found.revokedAt) throw unauthenticated('This API key has been revoked');
    const now = this.now();
    if (!found.lastUsedAt || now.getTime() - new Date(found.lastUsedAt).getTime() > LAST_USED_RESOLUTION_MS) {
      await this.em.nativeUpdate(ApiKey, { id: found.id }, { lastUsedAt: now });
    }
    return { kind: 'apiKey', role: found.role, id: found.id, name: `API key ${found.name}`, key: `apiKey:${found.id}`, allowListOnly: found.allowListOnly };
  }

  /**
   * E-mail and password → an access token and a refresh token. `guard` counts the attempt (and refuses it while the
   * e-mail or address must wait); failed and throttled attempts are security events (e-mail and address, never the
   * password).
   */
  async signIn(email: string, password: string, ip: string, guard?: SignInGuard): Promise<SignedIn> {
    const address = email.trim().toLowerCase();
    const officer = await this.em.findOne(Officer, { email: address });
    const caller = anonymous(ip);
    const event = { recordType: 'Officer' as const, recordId: officer?.id ?? 0 };
    let attempt: SignInAttempt | undefined;
    try {
      attempt = await guard?.(address);
    } catch (err) {
      if (!(err instanceof RateLimited)) throw err;
      this.trail.record(this.em, caller, {
        ...event,
        operation: 'SIGN_IN_THROTTLED',
        after: { email: address.slice(0, 200), address: ip, retryAfterSeconds: err.retryAfterSeconds },
      });
      await this.em.flush();
      throw err.toGraphQLError();
    }
    const ok = await verifyPassword(password, officer?.passwordHash ?? (await decoyHash()));
    if (!officer || !ok || officer.disabledAt) {
      await attempt?.failed();
      const reason = !officer ? 'unknown e-mail' : !ok ? 'wrong password' : 'account disabled';
      this.trail.record(this.em, caller, { ...event, operation: 'SIGN_IN_FAILED', after: { email: address.slice(0, 200), address: ip, reason } });
      await this.em.flush();
      throw unauthenticated('Wrong e-mail or password', 'WRONG_CREDENTIALS');
    }
    await attempt?.succeeded();
    return this.openSession(officer);
  }

  /**
   * A refresh token → a new pair; the old refresh token stops working. Presenting a token that was already
   * rotated means it leaked: every session of that officer is revoked and its access tokens stop at once. A token
   * whose session ended otherwise (signed out, password changed, disabled) is only refused.
   */
  async refresh(refreshToken: string, ip = 'unknown', { graceMs = 0 }: { graceMs?: number } = {}): Promise<SignedIn> {
    // The transaction commits before any refusal is thrown, so a reuse's revocations are kept.
    const outcome = await this.em.transactional(async (em): Promise<SignedIn | string> => {
      const session = await em.findOne(OfficerSession, { tokenHash: sha256(refreshToken) }, { populate: ['officer'] });
      if (!session) return 'Unknown refresh token; sign in again';
      const officer = session.officer.getEntity();
      if (session.revokedAt) {
        // Rows ended before reasons were kept count as rotated, as they did then.
        if ((session.endedReason ?? 'ROTATED') !== 'ROTATED') return 'This session has ended; sign in again';
        // Within `graceMs` of its rotation the token is another tab of the same browser racing the first: a session
        // of its own, not a leak (the browser's cookie session; the API's token pairs have no grace).
        const rotatedMsAgo = this.now().getTime() - new Date(session.revokedAt).getTime();
        if (session.endedReason === 'ROTATED' && rotatedMsAgo <= graceMs && new Date(session.expiresAt) >= this.now() && !officer.disabledAt) {
          return this.openSession(officer, em);
        }
        const ended = await this.endSessions(em, officer, 'REUSE_DETECTED');
        this.trail.record(em, anonymous(ip), {
          operation: 'SESSIONS_REVOKED',
          recordType: 'Officer',
          recordId: officer.id,
          after: { reason: 'REUSE_DETECTED', sessionsEnded: ended, reusedSession: session.id },
        });
        await em.flush();
        return 'This refresh token was already used; every session of this account has been signed out';
      }
      if (new Date(session.expiresAt) < this.now() || officer.disabledAt) return 'The session has ended; sign in again';
      session.revokedAt = this.now();
      session.endedReason = 'ROTATED';
      return this.openSession(officer, em);
    });
    if (typeof outcome === 'string') throw unauthenticated(outcome);
    return outcome;
  }

  /** Ends the refresh token's session (and the access tokens issued with it); the officer's other sessions go on. */
  async signOut(refreshToken: string, ip = 'unknown'): Promise<boolean> {
    const session = await this.em.findOne(OfficerSession, { tokenHash: sha256(refreshToken), revokedAt: null });
    if (!session) return false;
    const n = await this.em.nativeUpdate(OfficerSession, { id: session.id, revokedAt: null }, { revokedAt: this.now(), endedReason: 'SIGNED_OUT' });
    if (n === 0) return false;
    this.trail.record(this.em, anonymous(ip), { operation: 'SIGN_OUT', recordType: 'Officer', recordId: session.officer.id, after: { session: session.id } });
    await this.em.flush();
    return true;
  }

  /**
   * Ends every open session of the officer but `keep`, and moves the epoch on so every access token issued so far
   * stops working at once (the kept session's holder refreshes). Returns how many sessions ended.
   */
  private async endSessions(em: EntityManager, officer: OfficerEntity, reason: SessionEndReason, keep?: number): Promise<number> {
    officer.sessionEpoch = (officer.sessionEpoch ?? 0) + 1;
    await em.flush();
    return em.nativeUpdate(
      OfficerSession,
      { officer: officer.id, revokedAt: null, ...(keep !== undefined ? { id: { $ne: keep } } : {}) },
      { revokedAt: this.now(), endedReason: reason },
    );
  }

  private async openSession(officer: OfficerEntity, em = this.em): Promise<SignedIn> {
    const refreshToken = randomToken(32);
    const now = this.now();
    const refreshTokenExpiresAt = new Date(now.getTime() + this.sessions.refreshTtlDays * 86_400_000);
    const session = em.create(OfficerSession, { officer, tokenHash: sha256(refreshToken), expiresAt: refreshTokenExpiresAt });
    await em.flush();
    const access = await this.sessions.tokens.issue(
      { officerId: officer.id, role: officer.role, name: officer.name, sessionId: session.id, epoch: officer.sessionEpoch },
      now,
    );
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt, officer };
  }

  /** A new API key; the key itself is returned once and only its hash is kept. */
  async createApiKey(actor: Actor, input: { name: string; role: ApiKeyRole; allowListOnly?: boolean | null }) {
    requireRole(actor, 'ADMIN');
    const createdBy = actor.name;
    const name = input.name.trim();
    if (!name || name.length > 120) throw badUserInput('A key needs a name of 1 to 120 characters', 'input.name');
    const key = `${API_KEY_PREFIX}${randomToken(32)}`;
    const record = this.em.create(ApiKey, {
      name,
      role: input.role,
      prefix: key.slice(0, PREFIX_LENGTH),
      secretHash: sha256(key),
      allowListOnly: input.allowListOnly ?? false,
      createdBy,
    });
    await this.em.flush();
    this.trail.record(this.em, actor, {
      operation: 'CREATE',
      recordType: 'ApiKey',
      recordId: record.id,
      after: { name, role: input.role, prefix: record.prefix, allowListOnly: record.allowListOnly },
    });
    await this.em.flush();
    return { key, apiKey: record };
  }

  /** Revokes a key by id or by its public prefix; returns it (revoking twice is harmless). */
  async revokeApiKey(actor: Actor, idOrPrefix: number | string): Promise<ApiKeyEntity> {
    requireRole(actor, 'ADMIN');
    const key = await this.em.findOne(ApiKey, typeof idOrPrefix === 'number' ? { id: idOrPrefix } : { prefix: idOrPrefix });
    if (!key) throw badUserInput(`No API key ${idOrPrefix}`, 'id');
    if (!key.revokedAt) {
      key.revokedAt = this.now();
      this.trail.record(this.em, actor, { operation: 'REVOKE', recordType: 'ApiKey', recordId: key.id, after: { name: key.name, prefix: key.prefix } });
      await this.em.flush();
    }
    return key;
  }

  /**
   * An officer changes their own password; their other sessions end at once, access tokens included. The caller's
   * own session (`sessionId`, from the access token) goes on: its refresh token still works, and since every access
   * token issued before now stops, the caller refreshes once. API keys have no password.
   */
  async changePassword(actor: Actor, current: string, next: string): Promise<boolean> {
    if (actor.kind !== 'officer') throw forbidden('Only a signed-in officer has a password to change');
    const officer = await this.em.findOneOrFail(Officer, { id: actor.id! });
    if (!(await verifyPassword(current, officer.passwordHash))) throw badUserInput('The current password is wrong', 'currentPassword');
    if (next.length < MIN_PASSWORD_LENGTH) throw badUserInput(`The new password needs at least ${MIN_PASSWORD_LENGTH} characters`, 'newPassword');
    officer.passwordHash = await hashPassword(next);
    const ended = await this.endSessions(this.em, officer, 'PASSWORD_CHANGED', actor.sessionId ?? undefined);
    this.trail.record(this.em, actor, { operation: 'PASSWORD_CHANGE', recordType: 'Officer', recordId: officer.id, after: { otherSessionsEnded: ended } });
    await this.em.flush();
    return true;
  }

  async createOfficer(actor: Actor, input: { email: string; name: string; role: OfficerRole; password: string }): Promise<OfficerEntity> {
    requireRole(actor, 'ADMIN');
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    const problems: FieldError[] = [];
    if (!EMAIL.test(email) || email.length > 200) problems.push(fieldError('input.email', 'NOT_AN_EMAIL', 'not an e-mail address'));
    if (!name) problems.push(fieldError('input.name', 'REQUIRED', 'a name of 1 to 120 characters'));
    else if (name.length > 120) problems.push(fieldError('input.name', 'TOO_LONG', 'a name of 1 to 120 characters', { max: 120, length: name.length }));
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      problems.push(fieldError('input.password', 'TOO_SHORT', `at least ${MIN_PASSWORD_LENGTH} characters`, { min: MIN_PASSWORD_LENGTH }));
    }
    if (problems.length) throw invalidFields(problems);
    if (await this.em.count(Officer, { email })) throw conflict(`An officer with e-mail ${email} exists`, { field: 'input.email' });
    const officer = this.em.create(Officer, { email, name, role: input.role, passwordHash: await hashPassword(input.password) });
    await this.em.flush();
    this.trail.record(this.em, actor, { operation: 'CREATE', recordType: 'Officer', recordId: officer.id, after: { email, name, role: input.role } });
    await this.em.flush();
    return officer;
  }

  async setOfficerDisabled(actor: Actor, id: number, disabled: boolean): Promise<OfficerEntity> {
    requireRole(actor, 'ADMIN');
    const officer = await this.em.findOne(Officer, { id });
    if (!officer) throw badUserInput(`No officer ${id}`, 'id');
    if (disabled === (officer.disabledAt != null)) return officer;
    officer.disabledAt = disabled ? this.now() : null;
    // Disabling ends every session; enabling moves the epoch on too, so nothing issued before the disable comes back.
    const ended = await this.endSessions(this.em, officer, 'DISABLED');
    this.trail.record(this.em, actor, {
      operation: disabled ? 'DISABLE' : 'ENABLE',
      recordType: 'Officer',
      recordId: officer.id,
      after: { email: officer.email, ...(disabled ? { sessionsEnded: ended } : {}) },
    });
    await this.em.flush();
    return officer;
  }

  listApiKeys(actor: Actor, args: PageArgs) {
    requireRole(actor, 'ADMIN');
    return paginate(this.em, ApiKey, () => ({}), args);
  }

  listOfficers(actor: Actor, args: PageArgs) {
    requireRole(actor, 'ADMIN');
    return paginate(this.em, Officer, () => ({}), args);
  }

  officerById(id: number) {
    return this.em.findOne(Officer, { id });
  }
}
