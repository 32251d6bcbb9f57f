// Responsible for organizations.
import type { EntityManager } from '@mikro-orm/knex';
import { paginate, type PageArgs } from '../../graphql/pagination.js';
import { buildWhere } from '../../graphql/filters.js';
import { Organization } from './organization.entity.js';
import { ORGANIZATION_FILTER } from './organization.filter.js';

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  list(args: PageArgs & { filter?: Record<string, unknown> | null }) {
    return paginate(this.em, Organization, () => buildWhere(ORGANIZATION_FILTER, args.filter), args);
  }
}
