// Responsible for tenancies: organizations' presence in parks.
import type { EntityManager } from '@mikro-orm/knex';
import { type ChildConnections, type ChildLink, type PageArgs } from '../../graphql/pagination.js';
import { Park, type ParkEntity } from '../parks/park.entity.js';
import { listSelection } from '../../graphql/filters.js';
import { Tenancy, type TenancyEntity } from './tenancy.entity.js';
import { TENANCY_FILTER, TENANCY_ORDER } from './tenancy.filter.js';
import { PARK_FILTER, PARK_ORDER } from '../parks/park.filter.js';

const OF_PARK: ChildLink<TenancyEntity> = { name: 'tenancy.park', entity: Tenancy, parentProp: 'park' };
const OF_ORGANIZATION: ChildLink<TenancyEntity> = { name: 'tenancy.organization', entity: Tenancy, parentProp: 'organization' };
const PARKS_OF_ORGANIZATION: ChildLink<ParkEntity> = {
  name: 'tenancy.organization.parks',
  entity: Park,
  via: Tenancy,
  parentProp: 'organization',
  childProp: 'park',
};

export class TenancyService {
  constructor(
    private readonly em: EntityManager,
    private readonly children: ChildConnections,
  ) {}

  ofPark(parkId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_PARK, parkId, args, listSelection(TENANCY_FILTER, TENANCY_ORDER, args));
  }

  ofOrganization(organizationId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(OF_ORGANIZATION, organizationId, args, listSelection(TENANCY_FILTER, TENANCY_ORDER, args));
  }

  /** The distinct parks an organization has any tenancy in. */
  parksOfOrganization(organizationId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(PARKS_OF_ORGANIZATION, organizationId, args, listSelection(PARK_FILTER, PARK_ORDER, args));
  }
}
