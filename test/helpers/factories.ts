// Test data builders: each call makes a fresh, valid DEMO record; chain them to build a scenario.
import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Investment, type InvestmentEntity } from '../../server/src/modules/investments/investment.entity.js';
import { Organization, type OrganizationEntity } from '../../server/src/modules/organizations/organization.entity.js';
import { Park, type ParkEntity } from '../../server/src/modules/parks/park.entity.js';
import { Sector } from '../../server/src/modules/sectors/sector.entity.js';
import { Deal, type DealEntity } from '../../server/src/modules/deals/deal.entity.js';
import { Citation, Source, type CitationEntity } from '../../server/src/modules/provenance/source.entity.js';
import { Tenancy, type TenancyEntity } from '../../server/src/modules/tenancies/tenancy.entity.js';

/** Any subset of an entity's creatable fields (references, collections as arrays), each type-checked. */
export type Overrides<T extends object> = Partial<RequiredEntityData<T>>;

let seq = 0;
const next = () => ++seq;

export class Factory {
  constructor(readonly em: EntityManager) {}

  organization(overrides: Overrides<OrganizationEntity> = {}): OrganizationEntity {
    const n = next();
    return this.em.create(Organization, {
      nameZh: `测试企业${n}`,
      nameEn: `Test Organization ${n}`,
      country: 'KZ',
      kind: 'COMPANY',
      verification: 'DEMO',
      ...overrides,
    });
  }

  park(overrides: Overrides<ParkEntity> = {}): ParkBuilder {
    const n = next();
    const park = this.em.create(Park, {
      slug: `test-park-${n}`,
      kind: 'INDUSTRIAL_PARK',
      nameZh: `测试园区${n}`,
      nameEn: `Test Park ${n}`,
      status: 'OPERATING',
      verification: 'DEMO',
      ...overrides,
    });
    return new ParkBuilder(this, park);
  }

  investment(park: ParkEntity, overrides: Overrides<InvestmentEntity> = {}): InvestmentEntity {
    return this.em.create(Investment, {
      park,
      organization: this.organization(),
      sector: this.em.getReference(Sector, 'LOGISTICS'),
      stage: 'SIGNED',
      amountMinor: BigInt(next()) * 100_000_00n,
      amountCurrency: 'USD',
      amountUsdMinor: BigInt(seq) * 100_000_00n,
      announcedOn: '2025-03-01',
      verification: 'DEMO',
      ...overrides,
    });
  }

  tenancy(park: ParkEntity, overrides: Overrides<TenancyEntity> = {}): TenancyEntity {
    return this.em.create(Tenancy, {
      park,
      organization: this.organization(),
      status: 'OPERATING',
      signedOn: '2025-03-01',
      verification: 'DEMO',
      ...overrides,
    });
  }

  deal(park: ParkEntity | null, overrides: Overrides<DealEntity> = {}): DealEntity {
    const n = next();
    return this.em.create(Deal, {
      park,
      kind: 'MOU',
      titleZh: `测试协议${n}`,
      titleEn: `Test Deal ${n}`,
      signedOn: '2025-03-01',
      verification: 'DEMO',
      ...overrides,
    });
  }

  /** A quote of a new source supporting `fields` of a record (flush the record first: it needs its id). */
  citation(subjectType: string, subjectId: number, fields: string[]): CitationEntity {
    const n = next();
    const source = this.em.create(Source, { key: `test-source-${n}`, publisherZh: `测试来源${n}`, publisherEn: `Test Source ${n}` });
    return this.em.create(Citation, { source, subjectType, subjectId, quote: `Quote ${n}`, fields });
  }

  /** `count` parks, each with `investments` investments by distinct organizations. */
  parks(count: number, { investments = 0 } = {}): ParkEntity[] {
    return Array.from({ length: count }, () => this.park().withInvestments(investments).entity);
  }

  flush() {
    return this.em.flush();
  }
}

export class ParkBuilder {
  constructor(
    private readonly factory: Factory,
    readonly entity: ParkEntity,
  ) {}

  withInvestments(count: number, overrides: Overrides<InvestmentEntity> = {}): this {
    for (let i = 0; i < count; i++) this.factory.investment(this.entity, overrides);
    return this;
  }

  childOf(parent: ParkEntity): this {
    this.factory.em.assign(this.entity, { parent });
    return this;
  }
}
