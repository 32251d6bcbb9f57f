import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DEAL_KINDS, DEAL_PARTY_ROLES, type DealKind, type DealPartyRole } from '../../domain/vocabulary.js';
import { moneyProps, recordProps, type MoneyColumnSet } from '../common/record.props.js';
import { searchNameProp, translationProps } from '../common/translation.props.js';
import { Event } from '../events/event.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Park } from '../parks/park.entity.js';

/** A signed agreement: cooperation agreement, settlement (入驻) contract, investment agreement or MoU. */
export const Deal = defineEntity({
  name: 'Deal',
  // Statistics read these covering indexes instead of the table: one per grouping, each with the period's date, the
  // value, the unnamed parties and the demo mark.
  indexes: [
    { name: 'deal_stats_park_index', properties: ['park', 'signedOn', 'valueUsdMinor', 'unnamedPartyCount', 'namedPartyCount', 'verification'] },
    { name: 'deal_stats_kind_index', properties: ['kind', 'signedOn', 'valueUsdMinor', 'unnamedPartyCount', 'namedPartyCount', 'verification'] },
    { name: 'deal_stats_event_index', properties: ['event', 'signedOn', 'valueUsdMinor', 'unnamedPartyCount', 'namedPartyCount', 'verification'] },
    { name: 'deal_stats_signed_on_index', properties: ['signedOn', 'valueUsdMinor', 'unnamedPartyCount', 'namedPartyCount', 'verification'] },
  ],
  properties: {
    ...recordProps(),
    kind: p.enum([...DEAL_KINDS]).$type<DealKind>(),
    titleZh: p.string().length(300),
    titleEn: p.string().length(300),
    signedOn: p.date(),
    park: () => p.manyToOne(Park).ref().nullable(),
    event: () => p.manyToOne(Event).ref().nullable(),
    parties: () => p.oneToMany(DealParty).mappedBy('deal').orphanRemoval(),
    /** Counterparties the source counts but does not name. */
    unnamedPartyCount: p.integer().default(0),
    ...moneyProps('value'),
    ...translationProps('title', 300),
    searchName: searchNameProp((d) => [d.titleZh as string, d.titleEn as string, d.titleRu as string | null]),
    /**
     * How many parties the deal names (its DealParty rows), kept beside them by every path that sets them (the deal
     * writes, the seed loaders), so the statistics add parties up on the covering indexes instead of counting each
     * deal's party rows (130 of 153 ms of a 12-month deal statistic over 100,000 deals on SQLite).
     */
    namedPartyCount: p.integer().default(0),
  },
});
export type DealEntity = InferEntity<typeof Deal>;

/** A deal's value, priced at the rate of its signing day. */
export const DEAL_MONEY = { prefixes: ['value'], dateProp: 'signedOn' } as const satisfies MoneyColumnSet;

/** One named party of a deal and its role in it. */
export const DealParty = defineEntity({
  name: 'DealParty',
  uniques: [{ properties: ['deal', 'organization', 'role'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    deal: () => p.manyToOne(Deal).ref().index().deleteRule('cascade'),
    organization: () => p.manyToOne(Organization).ref().index(),
    role: p.enum([...DEAL_PARTY_ROLES]).$type<DealPartyRole>(),
    position: p.integer().default(0),
  },
});
export type DealPartyEntity = InferEntity<typeof DealParty>;
