// The enquiry form's token: when the form was opened and a nonce, signed with HMAC-SHA256 under a key kept in the
// database (shared by every server on it). A robot cannot claim an earlier opening time without the key, so the
// minimum fill time holds; the nonce makes one form send one enquiry.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { loadOrCreateSecret } from '../access/tokens.js';

const KEY_SETTING = 'enquiry.form-key';

/** Seconds that must pass between opening the form and sending it (a person reads and types; a script does not). */
export const MIN_FILL_SECONDS = 3;
/** A form opened longer ago than this is stale: reload it. */
export const MAX_FORM_AGE_SECONDS = 24 * 3600;

/** The key, read (or created) once per database and process: every form opened and sent uses it. */
const keys = new WeakMap<object, Promise<Buffer>>();
function formKey(em: EntityManager): Promise<Buffer> {
  const database = em.getDriver();
  let key = keys.get(database);
  if (!key) {
    key = loadOrCreateSecret(em, KEY_SETTING);
    keys.set(database, key);
    // A failed read is tried again by the next form, not remembered.
    key.catch(() => keys.delete(database));
  }
  return key;
}

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('base64url');

/** A token for a form opened at `now`. */
export async function issueFormToken(em: EntityManager, now: Date): Promise<string> {
  const body = `${randomBytes(12).toString('base64url')}.${now.getTime()}`;
  return `${body}.${sign(await formKey(em), body)}`;
}

export type FormTokenCheck = { ok: true; nonce: string; openedAt: Date } | { ok: false; problem: 'INVALID' | 'TOO_SOON' | 'EXPIRED'; waitSeconds?: number };

/** Whether `token` is one of ours and was issued between MAX_FORM_AGE_SECONDS and MIN_FILL_SECONDS before `now`. */
export async function checkFormToken(em: EntityManager, token: string, now: Date): Promise<FormTokenCheck> {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^[\w-]{16}$/.test(parts[0]) || !/^\d{1,16}$/.test(parts[1])) return { ok: false, problem: 'INVALID' };
  const expected = Buffer.from(sign(await formKey(em), `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'INVALID' };
  const openedAt = new Date(Number(parts[1]));
  const age = (now.getTime() - openedAt.getTime()) / 1000;
  if (age < MIN_FILL_SECONDS) return { ok: false, problem: 'TOO_SOON', waitSeconds: Math.max(1, Math.ceil(MIN_FILL_SECONDS - age)) };
  if (age > MAX_FORM_AGE_SECONDS) return { ok: false, problem: 'EXPIRED' };
  return { ok: true, nonce: parts[0], openedAt };
}
