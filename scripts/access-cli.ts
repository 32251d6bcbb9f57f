// `npm run apikey -- ...` and `npm run officer -- ...`: manage API keys and officer accounts from the shell, against
// DATABASE_URL (migrating it first). Secrets are printed once and stored only as hashes.
//
//   npm run apikey -- create --name "partner portal" [--role reader|officer] [--allow-list-only]
//   npm run apikey -- list
//   npm run apikey -- revoke <prefix, e.g. psk_AbC123dEf456>
//   npm run officer -- create --email a@example.org --name "Wang Li" [--role officer|admin] [--password-stdin]
//   npm run officer -- list
//   npm run officer -- disable|enable <email>
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/orm.js';
import { ApiKey, Officer } from '../server/src/modules/access/access.entities.js';
import { AccessService, COMMAND_LINE } from '../server/src/modules/access/access.service.js';
import { TokenIssuer } from '../server/src/modules/access/tokens.js';

const [area, command, ...rest] = process.argv.slice(2);
const usage = () => {
  console.error('usage: apikey create --name N [--role reader|officer] [--allow-list-only] | apikey list | apikey revoke PREFIX');
  console.error('       officer create --email E --name N [--role officer|admin] [--password-stdin] | officer list | officer disable|enable EMAIL');
  process.exit(2);
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    'allow-list-only': { type: 'boolean', default: false },
    'password-stdin': { type: 'boolean', default: false },
  },
});

const config = loadConfig();
const orm = await openDatabase(config.DATABASE_URL);
const em = orm.em.fork() as EntityManager;
// Sessions are not opened here; the issuer is only needed to satisfy the service.
const access = new AccessService(em, { tokens: new TokenIssuer(new Uint8Array(32), 60), refreshTtlDays: 1 });
let exitCode = 0;
try {
  if (area === 'apikey' && command === 'create') {
    const role = (values.role ?? 'reader').toUpperCase();
    if (!values.name || !['READER', 'OFFICER'].includes(role)) usage();
    const { key, apiKey } = await access.createApiKey(COMMAND_LINE, { name: values.name!, role: role as 'READER', allowListOnly: values['allow-list-only'] });
    console.log(`Created API key "${apiKey.name}" (${apiKey.role}${apiKey.allowListOnly ? ', allow-list only' : ''}).`);
    console.log('Send it as "Authorization: Bearer <key>". It is shown only now:\n');
    console.log(key);
  } else if (area === 'apikey' && command === 'list') {
    for (const k of await em.find(ApiKey, {}, { orderBy: { id: 'asc' } })) {
      console.log(
        [
          k.prefix,
          k.role,
          k.revokedAt ? 'revoked' : 'active',
          k.allowListOnly ? 'allow-list' : '',
          `last used ${k.lastUsedAt?.toISOString() ?? 'never'}`,
          k.name,
        ].join('\t'),
      );
    }
  } else if (area === 'apikey' && command === 'revoke') {
    if (!positionals[0]) usage();
    const key = await access.revokeApiKey(COMMAND_LINE, positionals[0]);
    console.log(`Revoked ${key.prefix} (${key.name}).`);
  } else if (area === 'officer' && command === 'create') {
    const role = (values.role ?? 'officer').toUpperCase();
    if (!values.email || !values.name || !['OFFICER', 'ADMIN'].includes(role)) usage();
    const generated = !values['password-stdin'];
    const password = generated ? randomBytes(18).toString('base64url') : await readStdin();
    const officer = await access.createOfficer(COMMAND_LINE, { email: values.email!, name: values.name!, role: role as 'OFFICER', password });
    console.log(`Created ${officer.role.toLowerCase()} ${officer.name} <${officer.email}>.`);
    if (generated) console.log(`Password (shown only now; change it after signing in):\n\n${password}`);
  } else if (area === 'officer' && command === 'list') {
    for (const o of await em.find(Officer, {}, { orderBy: { id: 'asc' } })) {
      console.log([o.email, o.role, o.disabledAt ? 'disabled' : 'active', o.name].join('\t'));
    }
  } else if (area === 'officer' && (command === 'disable' || command === 'enable')) {
    const officer = positionals[0] ? await em.findOne(Officer, { email: positionals[0].toLowerCase() }) : null;
    if (!officer) throw new Error(`No officer ${positionals[0] ?? ''}`);
    await access.setOfficerDisabled(COMMAND_LINE, officer.id, command === 'disable');
    console.log(`${command === 'disable' ? 'Disabled' : 'Enabled'} ${officer.email}.`);
  } else {
    usage();
  }
} catch (err) {
  console.error(err instanceof GraphQLError || err instanceof Error ? err.message : String(err));
  exitCode = 1;
} finally {
  await orm.close(true);
}
process.exit(exitCode);
