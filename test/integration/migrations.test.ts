import { describe, expect, it } from 'vitest';
import { missingMigrationChanges } from '../../server/src/db/schema-check.js';
import { DIALECTS } from '../helpers/server.js';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  it('cover every entity change (run `npm run migration:create` when this fails)', async () => {
    expect(await missingMigrationChanges(dialect)).toEqual([]);
  });
});
