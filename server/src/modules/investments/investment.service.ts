// Responsible for investment records: listing them and the lists under parks and organizations.
import type { EntityManager } from '@mikro-orm/knex';
import { paginate, type ChildConnections, type ChildLink, type PageArgs } from '../../graphql/pagination.js';
import { Investment, type InvestmentEntity } from './investment.entity.js';

const OF_PARK: ChildLink<InvestmentEntity> = { name: 'investment.park', entity: Investment, parentProp: 'park' };
const OF_ORGANIZATION: ChildLink<InvestmentEntity> = { name: 'investment.organization', entity: Investment, parentProp: 'organization' };

export class InvestmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly children: ChildConnections,
  ) {}

  list(args: PageArgs) {
    return paginate(this.em, Investment, {}, args);
  }

  ofPark(parkId: number, args: PageArgs) {
    return this.children.load(OF_PARK, parkId, args);
  }

  ofOrganization(organizationId: number, args: PageArgs) {
    return this.children.load(OF_ORGANIZATION, organizationId, args);
  }
}
