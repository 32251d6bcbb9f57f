// Responsible for organizations.
import type { EntityManager } from '@mikro-orm/knex';
import { listOrder, paginate, type PageArgs } from '../../graphql/pagination.js';
import { buildWhere } from '../../graphql/filters.js';
import { Organization } from './organization.entity.js';
import { ORGANIZATION_FILTER, ORGANIZATION_ORDER } from './organization.filter.js';

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  list(args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return paginate(this.em, Organization, () => buildWhere(ORGANIZATION_FILTER, args.filter), args, listOrder(args.orderBy, ORGANIZATION_ORDER));
  }
}
