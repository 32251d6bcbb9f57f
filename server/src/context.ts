import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from './clock.js';
import type { Limits } from './http/rate-limits.js';
import type { Logger } from './logger.js';
import { SecurityTrail } from './modules/audit/security-trail.js';
import type { Actor } from './modules/access/actor.js';
import { AccessService, type SessionSettings } from './modules/access/access.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { SavedViewService } from './modules/views/saved-view.service.js';
import { FitService } from './modules/fit/fit.service.js';
import { EnquiryService } from './modules/enquiries/enquiry.service.js';
import type { EntityManager } from '@mikro-orm/knex';
import { ChildConnections } from './graphql/pagination.js';
import { DatasetService } from './modules/dataset/dataset.service.js';
import { DealService } from './modules/deals/deal.service.js';
import { DealWrites } from './modules/deals/deal.writes.js';
import { EventService } from './modules/events/event.service.js';
import { InvestmentService } from './modules/investments/investment.service.js';
import { InvestmentWrites } from './modules/investments/investment.writes.js';
import { ExchangeRateWrites } from './modules/money/exchange-rate.writes.js';
import { MoneyService } from './modules/money/money.service.js';
import type { RateTableCache } from './modules/money/rate-cache.js';
import type { LiveRecords } from './modules/changes/live.js';
import { NodeService } from './modules/nodes/node.service.js';
import { OrganizationService } from './modules/organizations/organization.service.js';
import { OrganizationWrites } from './modules/organizations/organization.writes.js';
import { ParkService } from './modules/parks/park.service.js';
import { ParkWrites } from './modules/parks/park.writes.js';
import { EventWrites } from './modules/events/event.writes.js';
import { ProvenanceService } from './modules/provenance/provenance.service.js';
import { SectorService } from './modules/sectors/sector.service.js';
import { StatsService } from './modules/stats/stats.service.js';
import { TenancyService } from './modules/tenancies/tenancy.service.js';
import { TenancyWrites } from './modules/tenancies/tenancy.writes.js';

/** Everything one request's resolvers use; built anew per request so identity maps and loaders never leak. */
export interface Context {
  em: EntityManager;
  services: ReturnType<typeof createServices>;
  /** Who is calling; authorization checks it. */
  actor: Actor;
  requestId: string;
  ip: string;
  limits: Limits;
  /** The live streams subscriptions read (set for operations over WebSocket only). */
  live?: LiveRecords;
}

/** What lives as long as the server: the database, the clock, rate limits and session settings. */
export interface Platform {
  orm: MikroORM;
  clock: Clock;
  limits: Limits;
  sessions: SessionSettings;
  /** For security events' log lines (with the request id). */
  logger?: Logger;
  /** The exchange-rate table shared by the requests of one data version (absent: each request reads its own). */
  rates?: RateTableCache;
}

function createServices(
  em: EntityManager,
  clock: Clock,
  sessions: SessionSettings,
  actor: Actor,
  requestId: string,
  trail: SecurityTrail,
  rates?: RateTableCache,
  logger?: Logger,
) {
  const children = new ChildConnections(em);
  const money = new MoneyService(em, clock, rates);
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
    dataset: new DatasetService(em, clock),
    access: new AccessService(em, sessions, trail),
    audit: new AuditService(em),
    // Each module's writes, through the shared RecordWriter (authorization, versions, audit, idempotency).
    organizationWrites: new OrganizationWrites(em, actor, requestId, clock),
    tenancyWrites: new TenancyWrites(em, actor, requestId, clock),
    investmentWrites: new InvestmentWrites(em, actor, requestId, clock),
    dealWrites: new DealWrites(em, actor, requestId, clock),
    parkWrites: new ParkWrites(em, actor, requestId, clock),
    eventWrites: new EventWrites(em, actor, requestId, clock),
    exchangeRateWrites: new ExchangeRateWrites(em, actor, requestId, clock),
    views: new SavedViewService(em, actor, trail),
    fit: new FitService(em, clock),
    enquiries: new EnquiryService(em, actor, clock, requestId, logger ?? null),
  };
}

export function createContext(platform: Platform, actor: Actor, requestId: string, ip: string): Context {
  const em = platform.orm.em.fork() as EntityManager;
  const trail = new SecurityTrail(platform.logger ?? null, requestId, () => platform.clock.now());
  return {
    em,
    services: createServices(em, platform.clock, platform.sessions, actor, requestId, trail, platform.rates, platform.logger),
    actor,
    requestId,
    ip,
    limits: platform.limits,
  };
}
