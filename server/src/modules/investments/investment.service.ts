// Responsible for investment records: listing them and the lists under parks and organizations.
import type { EntityManager } from '@mikro-orm/knex';
import { listOrder, paginate, type ChildConnections, type ChildLink, type ListOrder, type PageArgs } from '../../graphql/pagination.js';
import { buildWhere, listSelection } from '../../graphql/filters.js';
import { INVESTMENT_AMOUNT_INDEX, Investment, type InvestmentEntity } from './investment.entity.js';
import { sqlDialect } from '../stats/grouped-query.js';
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
      (order, count) => this.amountIndexHint(order, count),
    );
  }

  /**
   * SQLite keeps no statistics, so for `where announced_on between ... order by amount` it reads every row of the
   * period by the date's index and sorts them (a million rows: 0.1-0.2 s a page, the last 12 months being a quarter
   * of them), where walking the amount's index in order and skipping the rows outside the filter finds a page after
   * about 20 / share rows (about 1 ms). When the filter selects at least 1% of the investments (counted from the
   * summary, the count `totalCount` reuses), the page is read by the amount's index; a narrower filter (or one the
   * summary cannot count) is left to the planner, whose index of the filter then reads few rows. PostgreSQL keeps
   * statistics and chooses by itself.
   */
  private async amountIndexHint(order: ListOrder, count: () => Promise<number | null>): Promise<string | undefined> {
    if (order.keys[0]?.prop !== 'amountUsdMinor' || sqlDialect(this.em) !== 'sqlite') return undefined;
    const selected = await count();
    if (selected === null) return undefined;
    const all = await summaryCount(this.em, {});
    return all !== null && selected * 100 >= all ? `indexed by ${INVESTMENT_AMOUNT_INDEX}` : undefined;
  }

  ofPark(parkId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_PARK, parkId, args, listSelection(INVESTMENT_FILTER, INVESTMENT_ORDER, args));
  }

  ofOrganization(organizationId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_ORGANIZATION, organizationId, args, listSelection(INVESTMENT_FILTER, INVESTMENT_ORDER, args));
  }
}
