// Responsible for identities: resolving a request's credentials to an Actor, officer sign-in and sessions,
// and the admin's management of API keys and officers.
import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { ApiKeyRole, OfficerRole } from '../../domain/vocabulary.js';
import { badUserInput, conflict, forbidden, unauthenticated } from '../../graphql/errors.js';
import { paginate, type PageArgs } from '../../graphql/pagination.js';
import { anonymous, requireRole, type Actor } from './actor.js';

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
  ) {}

  /** The actor behind an `Authorization` header (none: anonymous); a bad credential is UNAUTHENTICATED, never anonymous. */
  async authenticate(authorization: string | undefined, ip: string): Promise<Actor> {
    if (!authorization) return anonymous(ip);
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <API key or access token>"');
    const credential = match[1];
    if (credential.startsWith(API_KEY_PREFIX)) return this.apiKeyActor(credential);
    const verified = await this.sessions.tokens.verify(credential);
    if ('error' in verified) throw unauthenticated(verified.error);
    const officer = await this.em.findOne(Officer, { id: verified.claims.officerId });
    if (!officer || officer.disabledAt) throw unauthenticated('This officer account is disabled');
    return { kind: 'officer', role: officer.role, id: officer.id, name: officer.name, key: `officer:${officer.id}`, allowListOnly: false };
  }

  private async apiKeyActor(key: string): Promise<Actor> {
    const found = await this.em.findOne(ApiKey, { prefix: key.slice(0, PREFIX_LENGTH) });
    const matches = found !== null && timingSafeEqual(Buffer.from(sha256(key)), Buffer.from(found.secretHash));
    if (!found || !matches) throw unauthenticated('Unknown API key');
    if (found.revokedAt) throw unauthenticated('This API key has been revoked');
    const now = new Date();
    if (!found.lastUsedAt || now.getTime() - new Date(found.lastUsedAt).getTime() > LAST_USED_RESOLUTION_MS) {
      await this.em.nativeUpdate(ApiKey, { id: found.id }, { lastUsedAt: now });
    }
    return { kind: 'apiKey', role: found.role, id: found.id, name: `API key ${found.name}`, key: `apiKey:${found.id}`, allowListOnly: found.allowListOnly };
  }

  /** E-mail and password → an access token and a refresh token. The caller rate-limits attempts. */
  async signIn(email: string, password: string): Promise<SignedIn> {
    const officer = await this.em.findOne(Officer, { email: email.trim().toLowerCase() });
    const ok = await verifyPassword(password, officer?.passwordHash ?? (await decoyHash()));
    if (!officer || !ok || officer.disabledAt) throw unauthenticated('Wrong e-mail or password');
    return this.openSession(officer);
  }

  /**
   * A refresh token → a new pair; the old refresh token stops working. Presenting a token that was already
   * rotated means it leaked: every session of that officer is revoked.
   */
  async refresh(refreshToken: string): Promise<SignedIn> {
    // The transaction commits before any refusal is thrown, so a reuse's revocations are kept.
    const outcome = await this.em.transactional(async (em): Promise<SignedIn | string> => {
      const session = await em.findOne(OfficerSession, { tokenHash: sha256(refreshToken) }, { populate: ['officer'] });
      if (!session) return 'Unknown refresh token; sign in again';
      const officer = session.officer.getEntity();
      if (session.revokedAt) {
        await em.nativeUpdate(OfficerSession, { officer: officer.id, revokedAt: null }, { revokedAt: new Date() });
        return 'This refresh token was already used; every session of this account has been signed out';
      }
      if (new Date(session.expiresAt) < new Date() || officer.disabledAt) return 'The session has ended; sign in again';
      session.revokedAt = new Date();
      return this.openSession(officer, em);
    });
    if (typeof outcome === 'string') throw unauthenticated(outcome);
    return outcome;
  }

  async signOut(refreshToken: string): Promise<boolean> {
    const n = await this.em.nativeUpdate(OfficerSession, { tokenHash: sha256(refreshToken), revokedAt: null }, { revokedAt: new Date() });
    return n > 0;
  }

  private async openSession(officer: OfficerEntity, em = this.em): Promise<SignedIn> {
    const refreshToken = randomToken(32);
    const refreshTokenExpiresAt = new Date(Date.now() + this.sessions.refreshTtlDays * 86_400_000);
    em.create(OfficerSession, { officer, tokenHash: sha256(refreshToken), expiresAt: refreshTokenExpiresAt } as never);
    await em.flush();
    const access = await this.sessions.tokens.issue({ officerId: officer.id, role: officer.role, name: officer.name });
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
    } as never);
    await this.em.flush();
    return { key, apiKey: record };
  }

  /** Revokes a key by id or by its public prefix; returns it (revoking twice is harmless). */
  async revokeApiKey(actor: Actor, idOrPrefix: number | string): Promise<ApiKeyEntity> {
    requireRole(actor, 'ADMIN');
    const key = await this.em.findOne(ApiKey, typeof idOrPrefix === 'number' ? { id: idOrPrefix } : { prefix: idOrPrefix });
    if (!key) throw badUserInput(`No API key ${idOrPrefix}`, 'id');
    key.revokedAt ??= new Date();
    await this.em.flush();
    return key;
  }

  /** An officer changes their own password; their other sessions end. API keys have no password. */
  async changePassword(actor: Actor, current: string, next: string): Promise<boolean> {
    if (actor.kind !== 'officer') throw forbidden('Only a signed-in officer has a password to change');
    const officer = await this.em.findOneOrFail(Officer, { id: actor.id! });
    if (!(await verifyPassword(current, officer.passwordHash))) throw badUserInput('The current password is wrong', 'currentPassword');
    if (next.length < MIN_PASSWORD_LENGTH) throw badUserInput(`The new password needs at least ${MIN_PASSWORD_LENGTH} characters`, 'newPassword');
    officer.passwordHash = await hashPassword(next);
    await this.em.flush();
    await this.em.nativeUpdate(OfficerSession, { officer: officer.id, revokedAt: null }, { revokedAt: new Date() });
    return true;
  }

  async createOfficer(actor: Actor, input: { email: string; name: string; role: OfficerRole; password: string }): Promise<OfficerEntity> {
    requireRole(actor, 'ADMIN');
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    const problems: { field: string; message: string }[] = [];
    if (!EMAIL.test(email) || email.length > 200) problems.push({ field: 'input.email', message: 'not an e-mail address' });
    if (!name || name.length > 120) problems.push({ field: 'input.name', message: 'a name of 1 to 120 characters' });
    if (input.password.length < MIN_PASSWORD_LENGTH) problems.push({ field: 'input.password', message: `at least ${MIN_PASSWORD_LENGTH} characters` });
    if (problems.length) throw badUserInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems[0].field);
    if (await this.em.count(Officer, { email })) throw conflict(`An officer with e-mail ${email} exists`, { field: 'input.email' });
    const officer = this.em.create(Officer, { email, name, role: input.role, passwordHash: await hashPassword(input.password) } as never);
    await this.em.flush();
    return officer;
  }

  async setOfficerDisabled(actor: Actor, id: number, disabled: boolean): Promise<OfficerEntity> {
    requireRole(actor, 'ADMIN');
    const officer = await this.em.findOne(Officer, { id });
    if (!officer) throw badUserInput(`No officer ${id}`, 'id');
    officer.disabledAt = disabled ? (officer.disabledAt ?? new Date()) : null;
    await this.em.flush();
    if (disabled) await this.em.nativeUpdate(OfficerSession, { officer: id, revokedAt: null }, { revokedAt: new Date() });
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
