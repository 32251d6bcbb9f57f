import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { recordProps } from '../common/record.props.js';
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
  },
});
export type EventEntity = InferEntity<typeof Event>;
