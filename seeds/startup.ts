// What the server loads at start-up (SEED_ON_START): the source's records, then (DEMO_DATA) the demo dataset once.
import type { StartupSeeding } from '../server/src/server.js';
import { loadDemoData } from './demo/load-demo.js';
import { loadSourceRecords } from './loader.js';

export const seedOnStart: StartupSeeding = async (em, logger, { demo }) => {
  const result = await loadSourceRecords(em.fork());
  logger.info(result, 'source records loaded');
  if (demo) {
    const loaded = await loadDemoData(em.fork());
    logger.info(loaded, loaded.skipped ? 'demo data already present' : 'demo data loaded (marked DEMO on screen)');
  }
};
