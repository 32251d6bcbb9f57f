// Responsible for conferences and their sessions.
import type { EntityManager } from '@mikro-orm/knex';
import { paginate, type ChildConnections, type ChildLink, type PageArgs } from '../../graphql/pagination.js';
import { Event, type EventEntity } from './event.entity.js';

const CHILDREN: ChildLink<EventEntity> = { name: 'event.parent', entity: Event, parentProp: 'parent' };

export class EventService {
  constructor(
    private readonly em: EntityManager,
    private readonly children: ChildConnections,
  ) {}

  list(args: PageArgs) {
    return paginate(this.em, Event, () => ({}), args);
  }

  sessionsOf(eventId: number, args: PageArgs) {
    return this.children.load(CHILDREN, eventId, args);
  }
}
