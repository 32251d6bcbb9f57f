// `npm run schema:publish`: records the current SDL as the published contract (after checking nothing breaks).
import { breakingChanges, publishSdl, PUBLISHED_SDL } from '../server/src/graphql/published.js';

const breaking = await breakingChanges().catch(() => []);
if (breaking.length && !process.argv.includes('--allow-breaking')) {
  console.error('Breaking changes against the published schema (deprecate first, remove later):');
  for (const c of breaking) console.error(`  ${c.message}`);
  process.exit(1);
}
publishSdl();
console.log(`published ${PUBLISHED_SDL}`);

// The persisted-query allow-list: the documented example queries (API page), for keys restricted to it.
const { writeFileSync } = await import('node:fs');
const { API_EXAMPLES } = await import('../web/src/api/examples.js');
const { ALLOW_LIST_FILE, allowListEntries } = await import('../server/src/graphql/allow-list.js');
writeFileSync(ALLOW_LIST_FILE, `${JSON.stringify(allowListEntries(API_EXAMPLES.map((e) => e.query)), null, 2)}\n`);
console.log(`published ${ALLOW_LIST_FILE}`);
