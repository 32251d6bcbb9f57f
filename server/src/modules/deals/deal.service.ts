// Responsible for signed deals and their parties.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { listOrder, paginate, type ChildConnections, type ChildLink, type PageArgs } from '../../graphql/pagination.js';
import { buildWhere, listSelection } from '../../graphql/filters.js';
import { Deal, DealParty, type DealEntity, type DealPartyEntity } from './deal.entity.js';
import { DEAL_FILTER, DEAL_ORDER } from './deal.filter.js';
import { findPartiesOfDeals, findSettlementSignings, type SettlementSignings } from './deal.repository.js';

const OF_PARK: ChildLink<DealEntity> = { name: 'deal.park', entity: Deal, parentProp: 'park' };
const OF_EVENT: ChildLink<DealEntity> = { name: 'deal.event', entity: Deal, parentProp: 'event' };
const OF_ORGANIZATION: ChildLink<DealEntity> = {
  name: 'deal.organization',
  entity: Deal,
  via: DealParty,
  parentProp: 'organization',
  childProp: 'deal',
};

export class DealService {
  private readonly parties = new DataLoader<number, DealPartyEntity[]>((dealIds) => findPartiesOfDeals(this.em, dealIds));
  private readonly signings = new DataLoader<number, SettlementSignings | null>((parkIds) => findSettlementSignings(this.em, parkIds));

  constructor(
    private readonly em: EntityManager,
    private readonly children: ChildConnections,
  ) {}

  list(args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return paginate(this.em, Deal, () => buildWhere(DEAL_FILTER, args.filter), args, listOrder(args.orderBy, DEAL_ORDER));
  }

  partiesOf(dealId: number) {
    return this.parties.load(dealId);
  }

  /** What a park's settlement contracts say about who signed to settle in (batched per request). */
  settlementSigningsOf(parkId: number) {
    return this.signings.load(parkId);
  }

  ofPark(parkId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_PARK, parkId, args, listSelection(DEAL_FILTER, DEAL_ORDER, args));
  }

  ofEvent(eventId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_EVENT, eventId, args, listSelection(DEAL_FILTER, DEAL_ORDER, args));
  }

  /** Deals an organization is a named party to. */
  ofOrganization(organizationId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_ORGANIZATION, organizationId, args, listSelection(DEAL_FILTER, DEAL_ORDER, args));
  }
}
