import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { INVESTMENT_STAGES, type InvestmentStage } from '../../domain/vocabulary.js';
import { moneyProps, recordProps, type MoneyColumnSet } from '../common/record.props.js';
import { Organization } from '../organizations/organization.entity.js';
import { Park } from '../parks/park.entity.js';
import { Sector } from '../sectors/sector.entity.js';

/** A project's investment in a park, from lead to operation. */
export const Investment = defineEntity({
  name: 'Investment',
  indexes: [{ properties: ['park', 'announcedOn'] }, { properties: ['amountUsdMinor'] }],
  properties: {
    ...recordProps(),
    organization: () => p.manyToOne(Organization).ref().nullable().index(),
    park: () => p.manyToOne(Park).ref().index(),
    sector: () => p.manyToOne(Sector).ref().index(),
    stage: p
      .enum([...INVESTMENT_STAGES])
      .$type<InvestmentStage>()
      .index(),
    ...moneyProps('amount'),
    announcedOn: p.date().nullable().index(),
    expectedJobs: p.integer().nullable(),
    ...moneyProps('expectedAnnualOutput'),
  },
});
export type InvestmentEntity = InferEntity<typeof Investment>;

/** An investment's amounts, priced at the rate of the day it was announced. */
export const INVESTMENT_MONEY = { prefixes: ['amount', 'expectedAnnualOutput'], dateProp: 'announcedOn' } as const satisfies MoneyColumnSet;
