// Responsible for conferences and their sessions.
import type { EntityManager } from '@mikro-orm/knex';
import { listOrder, paginate, type ChildConnections, type ChildLink, type PageArgs } from '../../graphql/pagination.js';
import { buildWhere, listSelection } from '../../graphql/filters.js';
import { Event, type EventEntity } from './event.entity.js';
import { EVENT_FILTER, EVENT_ORDER } from './event.filter.js';

const CHILDREN: ChildLink<EventEntity> = { name: 'event.parent', entity: Event, parentProp: 'parent' };

export class EventService {
  constructor(
    private readonly em: EntityManager,
    private readonly children: ChildConnections,
  ) {}

  list(args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return paginate(this.em, Event, () => buildWhere(EVENT_FILTER, args.filter), args, listOrder(args.orderBy, EVENT_ORDER));
  }

  sessionsOf(eventId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(CHILDREN, eventId, args, listSelection(EVENT_FILTER, EVENT_ORDER, args));
  }
}
