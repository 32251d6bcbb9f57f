// Responsible for the sector taxonomy.
import type { Collection } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Sector, type SectorEntity } from './sector.entity.js';

export class SectorService {
  constructor(private readonly em: EntityManager) {}

  all(): Promise<SectorEntity[]> {
    return this.em.find(Sector, {}, { orderBy: { sortOrder: 'asc' } });
  }

  /** The sectors of a park's or organization's collection, in taxonomy order (batched across parents). */
  async ofCollection(collection: Collection<SectorEntity>): Promise<SectorEntity[]> {
    const items = await collection.load();
    return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  }
}
