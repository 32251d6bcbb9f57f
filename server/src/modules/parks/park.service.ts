// Responsible for parks, hubs and platforms, and how they nest.
import type { EntityManager } from '@mikro-orm/knex';
import { listOrder, paginate, type ChildConnections, type ChildLink, type PageArgs } from '../../graphql/pagination.js';
import { buildWhere, listSelection } from '../../graphql/filters.js';
import { Park, type ParkEntity } from './park.entity.js';
import { PARK_FILTER, PARK_ORDER } from './park.filter.js';

const CHILDREN: ChildLink<ParkEntity> = { name: 'park.parent', entity: Park, parentProp: 'parent' };

/** 1 mu = 10000/15 m² exactly; 1 ha = 10000 m². */
export function muToHectares(mu: number): number {
  return mu / 15;
}

export class ParkService {
  constructor(
    private readonly em: EntityManager,
    private readonly children: ChildConnections,
  ) {}

  list(args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return paginate(this.em, Park, () => buildWhere(PARK_FILTER, args.filter), args, listOrder(args.orderBy, PARK_ORDER));
  }

  bySlug(slug: string) {
    return this.em.findOne(Park, { slug });
  }

  childrenOf(parkId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(CHILDREN, parkId, args, listSelection(PARK_FILTER, PARK_ORDER, args));
  }
}
