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
