// Responsible for conferences and their sessions.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { listOrder, paginate, type ChildConnections, type ChildLink, type PageArgs } from '../../graphql/pagination.js';
import { buildWhere, listSelection } from '../../graphql/filters.js';
import { Event, EventParticipant, type EventEntity, type EventParticipantEntity } from './event.entity.js';
import { EVENT_FILTER, EVENT_ORDER } from './event.filter.js';

const CHILDREN: ChildLink<EventEntity> = { name: 'event.parent', entity: Event, parentProp: 'parent' };

export class EventService {
  private readonly participants = new DataLoader<number, EventParticipantEntity[]>(async (eventIds) => {
    const rows = await this.em.find(EventParticipant, { event: { $in: [...eventIds] } }, { orderBy: { event: 'asc', position: 'asc', id: 'asc' } });
    return eventIds.map((id) => rows.filter((r) => r.event.id === id));
  });

  constructor(
    private readonly em: EntityManager,
    private readonly children: ChildConnections,
  ) {}

  list(args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return paginate(this.em, Event, () => buildWhere(EVENT_FILTER, args.filter), args, listOrder(args.orderBy, EVENT_ORDER));
  }

  /** Who hosted, presented at or took part in an event, in the source's order (batched per request). */
  participantsOf(eventId: number) {
    return this.participants.load(eventId);
  }

  sessionsOf(eventId: number, args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return this.children.load(CHILDREN, eventId, args, listSelection(EVENT_FILTER, EVENT_ORDER, args));
  }
}
