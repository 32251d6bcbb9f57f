// Bundles the server once per test run for the tests that start it as its own process (test/helpers/server-process.ts):
// plain node starts the bundle in about a second where tsx compiled every module on each start.
import { buildServerBundle } from '../../scripts/build-server.js';

export default async function setup() {
  await buildServerBundle();
}
