import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from './clock.js';
import type { EntityManager } from '@mikro-orm/knex';
import { ChildConnections } from './graphql/pagination.js';
import { DatasetService } from './modules/dataset/dataset.service.js';
import { DealService } from './modules/deals/deal.service.js';
import { EventService } from './modules/events/event.service.js';
import { InvestmentService } from './modules/investments/investment.service.js';
import { MoneyService } from './modules/money/money.service.js';
import { NodeService } from './modules/nodes/node.service.js';
import { OrganizationService } from './modules/organizations/organization.service.js';
import { ParkService } from './modules/parks/park.service.js';
import { ProvenanceService } from './modules/provenance/provenance.service.js';
import { SectorService } from './modules/sectors/sector.service.js';
import { StatsService } from './modules/stats/stats.service.js';
import { TenancyService } from './modules/tenancies/tenancy.service.js';

/** Everything one request's resolvers use; built anew per request so identity maps and loaders never leak. */
export interface Context {
  em: EntityManager;
  services: ReturnType<typeof createServices>;
}

function createServices(em: EntityManager, clock: Clock) {
  const children = new ChildConnections(em);
  const money = new MoneyService(em);
  return {
    parks: new ParkService(em, children),
    organizations: new OrganizationService(em),
    tenancies: new TenancyService(em, children),
    investments: new InvestmentService(em, children),
    deals: new DealService(em, children),
    events: new EventService(em, children),
    sectors: new SectorService(em),
    money,
    stats: new StatsService(em, clock, money),
    provenance: new ProvenanceService(em),
    nodes: new NodeService(em),
    dataset: new DatasetService(em),
  };
}

export function createContext(orm: MikroORM, clock: Clock): Context {
  const em = orm.em.fork() as EntityManager;
  return { em, services: createServices(em, clock) };
}
