// Responsible for the sector taxonomy.
import type { Collection } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Sector, type SectorEntity } from './sector.entity.js';

export class SectorService {
  private taxonomy?: Promise<SectorEntity[]>;

  constructor(private readonly em: EntityManager) {}

  /** The whole taxonomy (ten rows), read once per request: every sector reference resolves from it. */
  all(): Promise<SectorEntity[]> {
    return (this.taxonomy ??= this.em.find(Sector, {}, { orderBy: { sortOrder: 'asc' } }));
  }

  async byCode(code: string): Promise<SectorEntity> {
    const sector = (await this.all()).find((s) => s.code === code);
    if (!sector) throw new Error(`unknown sector ${code}`);
    return sector;
  }

  /** The sectors of a park's or organization's collection, in taxonomy order (batched across parents). */
  async ofCollection(collection: Collection<SectorEntity>): Promise<SectorEntity[]> {
    const items = await collection.load();
    return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  }
}
