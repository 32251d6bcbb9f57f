import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { API_KEY_ROLES, OFFICER_ROLES, SESSION_END_REASONS, type ApiKeyRole, type OfficerRole, type SessionEndReason } from '../../domain/vocabulary.js';

/** A key external tools read (or, with role OFFICER, write) with. Only a hash of the secret is stored. */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(120),
    role: p.enum([...API_KEY_ROLES]).$type<ApiKeyRole>(),
    /** The key's public part ("psk_" + 12 characters), shown in lists and used to look the key up. */
    prefix: p.string().length(20).unique(),
    /** SHA-256 of the whole key, hex (keys are 256-bit random, so a fast hash is enough). */
    secretHash: p.string().length(64),
    /** Only queries on the persisted-query allow-list may be run with this key. */
    allowListOnly: p.boolean().default(false),
    createdBy: p.string().length(120).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
  },
});
export type ApiKeyEntity = InferEntity<typeof ApiKey>;

/** An investment-promotion officer or administrator who signs in with e-mail and password. */
export const Officer = defineEntity({
  name: 'Officer',
  properties: {
    id: p.integer().primary().autoincrement(),
    email: p.string().length(200).unique(),
    name: p.string().length(120),
    role: p.enum([...OFFICER_ROLES]).$type<OfficerRole>(),
    /** scrypt$N$r$p$salt$hash (node's crypto.scrypt; memory-hard). */
    passwordHash: p.string().length(300),
    disabledAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
    /**
     * Bumped when the password changes, the account is disabled or enabled, or a refresh token's reuse is detected:
     * access tokens carry the epoch they were issued in and stop working at once when it moves on.
     */
    sessionEpoch: p.integer().default(0),
  },
});
export type OfficerEntity = InferEntity<typeof Officer>;

/** A signed-in officer's refresh token (hashed), rotated on every refresh. */
export const OfficerSession = defineEntity({
  name: 'OfficerSession',
  properties: {
    id: p.integer().primary().autoincrement(),
    officer: () => p.manyToOne(Officer).ref().index().deleteRule('cascade'),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    /** Why it ended: a ROTATED token presented again is reuse (every session ends); any other ended one is just refused. */
    endedReason: p
      .enum([...SESSION_END_REASONS])
      .$type<SessionEndReason>()
      .nullable(),
  },
});
export type OfficerSessionEntity = InferEntity<typeof OfficerSession>;

/** Server-wide settings kept in the database so every instance shares them (e.g. the token signing key). */
export const ServerSetting = defineEntity({
  name: 'ServerSetting',
  properties: {
    key: p.string().length(80).primary(),
    value: p.text(),
  },
});
