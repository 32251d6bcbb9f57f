// Responsible for organizations.
import type { EntityManager } from '@mikro-orm/knex';
import { paginate, type PageArgs } from '../../graphql/pagination.js';
import { Organization } from './organization.entity.js';

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  list(args: PageArgs) {
    return paginate(this.em, Organization, {}, args);
  }
}
