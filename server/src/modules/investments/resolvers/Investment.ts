import type { InvestmentResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRef, loadRequired } from '../../common/refs.js';
import { moneyOf } from '../../money/money.service.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';

export const Investment: InvestmentResolvers = {
  ...provenancedFields('Investment'),
  organization: (i) => loadRef(i.organization),
  park: (i) => loadRequired(i.park),
  sector: (i, _args, ctx) => ctx.services.sectors.byCode(i.sector.code),
  amount: (i) => moneyOf(i, 'amount', i.announcedOn ?? null),
  expectedAnnualOutput: (i) => moneyOf(i, 'expectedAnnualOutput', i.announcedOn ?? null),
};

export const InvestmentQuery: QueryResolvers = {
  investments: (_root, args, ctx) => ctx.services.investments.list(args),
};
