// Responsible for describing the dataset as a whole (how much of it is real, how much demo).
import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../clock.js';
import { countByVerification } from './dataset.repository.js';

export class DatasetService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async summary() {
    const counts = await countByVerification(this.em);
    return {
      includesDemoData: counts.DEMO > 0,
      verifiedRecords: counts.VERIFIED,
      recordedRecords: counts.RECORDED,
      demoRecords: counts.DEMO,
      today: this.clock.today(),
    };
  }
}
