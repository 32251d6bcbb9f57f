import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { INVESTMENT_STAGES, type InvestmentStage } from '../../domain/vocabulary.js';
import { moneyProps, recordProps, type MoneyColumnSet } from '../common/record.props.js';
import { Organization } from '../organizations/organization.entity.js';
import { Park } from '../parks/park.entity.js';
import { Sector } from '../sectors/sector.entity.js';

/** The index of the US-dollar amount: the table's order by amount walks it (see InvestmentService.list). */
export const INVESTMENT_AMOUNT_INDEX = 'investment_amount_usd_minor_index';

/** A project's investment in a park, from lead to operation. */
export const Investment = defineEntity({
  name: 'Investment',
  // Statistics read these covering indexes instead of the table: one per grouping, each led by its column and the
  // period's date and holding every column the filter bar filters on, the amount and the demo mark, so whichever one
  // the planner picks never reads the table (a single-column index on a leading column would be redundant).
  indexes: [
    { name: 'investment_stats_park_index', properties: ['park', 'announcedOn', 'sector', 'stage', 'organization', 'amountUsdMinor', 'verification'] },
    { name: 'investment_stats_sector_index', properties: ['sector', 'announcedOn', 'park', 'stage', 'organization', 'amountUsdMinor', 'verification'] },
    { name: 'investment_stats_stage_index', properties: ['stage', 'announcedOn', 'park', 'sector', 'organization', 'amountUsdMinor', 'verification'] },
    { name: 'investment_stats_organization_index', properties: ['organization', 'announcedOn', 'park', 'sector', 'stage', 'amountUsdMinor', 'verification'] },
    { name: 'investment_stats_announced_on_index', properties: ['announcedOn', 'park', 'sector', 'stage', 'organization', 'amountUsdMinor', 'verification'] },
    { name: INVESTMENT_AMOUNT_INDEX, properties: ['amountUsdMinor'] },
  ],
  properties: {
    ...recordProps(),
    organization: () => p.manyToOne(Organization).ref().nullable(),
    park: () => p.manyToOne(Park).ref(),
    sector: () => p.manyToOne(Sector).ref(),
    stage: p.enum([...INVESTMENT_STAGES]).$type<InvestmentStage>(),
    ...moneyProps('amount'),
    announcedOn: p.date().nullable(),
    expectedJobs: p.integer().nullable(),
    ...moneyProps('expectedAnnualOutput'),
  },
});
export type InvestmentEntity = InferEntity<typeof Investment>;

/** An investment's amounts, priced at the rate of the day it was announced. */
export const INVESTMENT_MONEY = { prefixes: ['amount', 'expectedAnnualOutput'], dateProp: 'announcedOn' } as const satisfies MoneyColumnSet;
