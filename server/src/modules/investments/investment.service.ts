// Responsible for investment records: listing them and the lists under parks and organizations.
import type { EntityManager } from '@mikro-orm/knex';
import { listOrder, paginate, type ChildConnections, type ChildLink, type PageArgs } from '../../graphql/pagination.js';
import { buildWhere, listSelection } from '../../graphql/filters.js';
import { Investment, type InvestmentEntity } from './investment.entity.js';
import { summaryCount } from '../stats/summary.js';
import { INVESTMENT_FILTER, INVESTMENT_ORDER } from './investment.filter.js';

const OF_PARK: ChildLink<InvestmentEntity> = { name: 'investment.park', entity: Investment, parentProp: 'park' };
const OF_ORGANIZATION: ChildLink<InvestmentEntity> = { name: 'investment.organization', entity: Investment, parentProp: 'organization' };

export class InvestmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly children: ChildConnections,
  ) {}

  list(args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    // totalCount comes from the statistics summary when the filter is the filter bar's (with the table's period).
    return paginate(
      this.em,
      Investment,
      () => buildWhere(INVESTMENT_FILTER, args.filter),
      args,
      listOrder(args.orderBy, INVESTMENT_ORDER),
      () => summaryCount(this.em, args.filter),
    );
  }

  ofPark(parkId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_PARK, parkId, args, listSelection(INVESTMENT_FILTER, INVESTMENT_ORDER, args));
  }

  ofOrganization(organizationId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_ORGANIZATION, organizationId, args, listSelection(INVESTMENT_FILTER, INVESTMENT_ORDER, args));
  }
}
