// Responsible for where records come from: the quotes (citations) that support VERIFIED records.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { findCitations } from './citation.repository.js';
import type { CitationEntity } from './source.entity.js';

export class ProvenanceService {
  private readonly citations = new DataLoader<string, CitationEntity[]>((keys) => findCitations(this.em, keys));

  constructor(private readonly em: EntityManager) {}

  /** The quotes supporting one record, in the order the seed or officer gave them (batched per request). */
  citationsOf(subjectType: string, subjectId: number): Promise<CitationEntity[]> {
    return this.citations.load(`${subjectType}:${subjectId}`);
  }
}
