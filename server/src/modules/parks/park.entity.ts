import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PARK_KINDS, PARK_STATUSES, type FacilityStatus, type ParkKind, type ParkStatus } from '../../domain/vocabulary.js';
import { measure, moneyProps, recordProps, type MoneyColumnSet } from '../common/record.props.js';
import { searchNameProp, translationProps } from '../common/translation.props.js';
import { Sector } from '../sectors/sector.entity.js';

export interface Facility {
  nameZh: string;
  nameEn: string;
  status: FacilityStatus;
}

/** An industrial park, logistics hub or platform; a park may sit inside a parent park. */
export const Park = defineEntity({
  name: 'Park',
  properties: {
    ...recordProps(),
    slug: p.string().length(80).unique(),
    kind: p
      .enum([...PARK_KINDS])
      .$type<ParkKind>()
      .index(),
    nameZh: p.string().length(200),
    nameEn: p.string().length(200),
    parent: () => p.manyToOne(Park).ref().nullable().index(),
    children: () => p.oneToMany(Park).mappedBy('parent'),
    positioningZh: p.text().nullable(),
    positioningEn: p.text().nullable(),
    focusSectors: () =>
      p
        .manyToMany(Sector)
        .pivotEntity(() => ParkFocusSector)
        .owner(),
    status: p
      .enum([...PARK_STATUSES])
      .$type<ParkStatus>()
      .index(),
    locationZh: p.string().length(200).nullable(),
    locationEn: p.string().length(200).nullable(),
    latitude: measure().nullable(),
    longitude: measure().nullable(),
    /** Coordinates placed by hand for schematic maps, not surveyed. */
    coordinatesApproximate: p.boolean().default(true),
    landAreaMu: measure().nullable(),
    /** PartialDate: YYYY, YYYY-MM or YYYY-MM-DD. */
    completedOn: p.string().length(10).nullable(),
    unveiledOn: p.string().length(10).nullable(),
    facilities: p.json<Facility[]>().nullable(),
    ...moneyProps('plannedInvestment'),
    ...moneyProps('expectedAnnualOutput'),
    ...moneyProps('expectedAnnualProfit'),
    /** The date the park-level figures refer to; picks the exchange rate for the USD amounts. */
    figuresAsOf: p.date().nullable(),
    ...translationProps('name', 200),
    searchName: searchNameProp((k) => [k.nameZh as string, k.nameEn as string, k.nameRu as string | null]),
  },
});
export type ParkEntity = InferEntity<typeof Park>;

/** A park's planned figures, priced at the rate of the day they are stated for. */
export const PARK_MONEY = {
  prefixes: ['plannedInvestment', 'expectedAnnualOutput', 'expectedAnnualProfit'],
  dateProp: 'figuresAsOf',
} as const satisfies MoneyColumnSet;

/** Pivot of a park's focus sectors, declared so the sector side is indexed too (filters by sector). */
export const ParkFocusSector = defineEntity({
  name: 'ParkFocusSector',
  tableName: 'park_focus_sector',
  properties: {
    park: () => p.manyToOne(Park).primary().index().deleteRule('cascade'),
    sector: () => p.manyToOne(Sector).primary().index(),
  },
});
