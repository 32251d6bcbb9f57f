import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EVENT_PARTICIPANT_ROLES, type EventParticipantRole } from '../../domain/vocabulary.js';
import { recordProps } from '../common/record.props.js';
import { searchNameProp, translationProps } from '../common/translation.props.js';
import { Organization } from '../organizations/organization.entity.js';
import { Sector } from '../sectors/sector.entity.js';

/** A conference or one of its sessions (a dialogue is a child of its conference). */
export const Event = defineEntity({
  name: 'Event',
  properties: {
    ...recordProps(),
    nameZh: p.string().length(200),
    nameEn: p.string().length(200),
    parent: () => p.manyToOne(Event).ref().nullable().index(),
    children: () => p.oneToMany(Event).mappedBy('parent'),
    startsOn: p.date().nullable().index(),
    partOfDayZh: p.string().length(40).nullable(),
    partOfDayEn: p.string().length(40).nullable(),
    venueZh: p.string().length(200).nullable(),
    venueEn: p.string().length(200).nullable(),
    sector: () => p.manyToOne(Sector).ref().nullable().index(),
    themeZh: p.string().length(200).nullable(),
    themeEn: p.string().length(200).nullable(),
    participants: () => p.oneToMany(EventParticipant).mappedBy('event').orphanRemoval(),
    // Last, as the migration adds them: SQLite compares a table's columns in order.
    ...translationProps('name', 200),
    searchName: searchNameProp((e) => [e.nameZh as string, e.nameEn as string, e.nameRu as string | null]),
  },
});
export type EventEntity = InferEntity<typeof Event>;

/** Who hosted, presented at or took part in an event: a named organization, or unnamed ones of one country. */
export const EventParticipant = defineEntity({
  name: 'EventParticipant',
  properties: {
    id: p.integer().primary().autoincrement(),
    event: () => p.manyToOne(Event).ref().index().deleteRule('cascade'),
    organization: () => p.manyToOne(Organization).ref().nullable().index().deleteRule('cascade'),
    /** ISO 3166-1 alpha-2 of unnamed participants; null for a named organization (its own country applies). */
    country: p.string().length(2).nullable().index(),
    role: p.enum([...EVENT_PARTICIPANT_ROLES]).$type<EventParticipantRole>(),
    descriptionZh: p.string().length(300).nullable(),
    descriptionEn: p.string().length(300).nullable(),
    /** Named in a list the source ends with 等 (and others): more took part than are listed. */
    andOthers: p.boolean().default(false),
    position: p.integer().default(0),
  },
});
export type EventParticipantEntity = InferEntity<typeof EventParticipant>;
