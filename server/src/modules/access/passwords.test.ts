import { beforeAll, describe, expect, it } from 'vitest';
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';

// Officer passwords: scrypt with its parameters kept beside each hash, a fresh salt each time, and Unicode-equivalent
// spellings of one password accepted alike. Each hash costs 32 MiB and tens of milliseconds: few are computed.

describe('passwords', () => {
  let stored: string;
  let parts: string[];
  beforeAll(async () => {
    stored = await hashPassword('correct horse battery');
    parts = stored.split('$');
  });

  it('are stored as scrypt$N$r$p$salt$key with N = 2^15, r = 8, p = 3, a 16-byte salt and a 32-byte key', async () => {
    expect(parts).toHaveLength(6);
    const [scheme, n, r, p, salt, key] = parts;
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '3']);
    expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });

  it('compare in Unicode NFKC form, so a ligature or a full-width letter is the same password; each hash has its own salt', async () => {
    const ligature = await hashPassword('ﬁne password Ａ');
    expect(await verifyPassword('fine password A', ligature)).toBe(true);
    expect(ligature.split('$')[4]).not.toBe(parts[4]);
  });

  it('verify with the parameters stored beside the hash, and refuse a hash of another scheme or missing parts', async () => {
    const [, , , , salt, key] = parts;
    expect(await verifyPassword('correct horse battery', `bcrypt$32768$8$3$${salt}$${key}`)).toBe(false);
    expect(await verifyPassword('correct horse battery', `scrypt$32768$8$3$$${key}`)).toBe(false);
    expect(await verifyPassword('correct horse battery', `scrypt$32768$8$3$${salt}$`)).toBe(false);
    expect(await verifyPassword('correct horse battery', `scrypt$16384$8$3$${salt}$${key}`)).toBe(false);
    expect(await verifyPassword('correct horse battery', `scrypt$32768$8$1$${salt}$${key}`)).toBe(false);
  });

  it('have one decoy hash to check unknown e-mails against, which no password matches by chance', async () => {
    const decoy = await decoyHash();
    expect(await decoyHash()).toBe(decoy);
    expect(decoy.startsWith('scrypt$32768$8$3$')).toBe(true);
    expect(await verifyPassword('', decoy)).toBe(false);
  });
});
