import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { INVESTMENT_STAGES, type InvestmentStage } from '../../domain/vocabulary.js';
import { moneyProps, recordProps } from '../common/record.props.js';
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
    stage: p.enum([...INVESTMENT_STAGES]).$type<InvestmentStage>().index(),
    ...moneyProps('amount'),
    announcedOn: p.date().nullable().index(),
    expectedJobs: p.integer().nullable(),
    ...moneyProps('expectedAnnualOutput'),
  },
});
export type InvestmentEntity = InferEntity<typeof Investment>;
