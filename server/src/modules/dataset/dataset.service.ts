// Responsible for describing the dataset as a whole (how much of it is real, how much demo).
import type { EntityManager } from '@mikro-orm/knex';
import { countByVerification } from './dataset.repository.js';

export class DatasetService {
  constructor(private readonly em: EntityManager) {}

  async summary() {
    const counts = await countByVerification(this.em);
    return {
      includesDemoData: counts.DEMO > 0,
      verifiedRecords: counts.VERIFIED,
      recordedRecords: counts.RECORDED,
      demoRecords: counts.DEMO,
    };
  }
}
