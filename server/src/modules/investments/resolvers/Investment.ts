import type { InvestmentResolvers, MutationResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRef, loadRequired } from '../../common/refs.js';
import { moneyResolvers } from '../../money/money.service.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';
import { deletedPayload } from '../../writes/record-writes.js';
import { INVESTMENT_MONEY } from '../investment.entity.js';

export const Investment: InvestmentResolvers = {
  ...provenancedFields('Investment'),
  organization: (i) => loadRef(i.organization),
  park: (i) => loadRequired(i.park),
  sector: (i, _args, ctx) => ctx.services.sectors.byCode(i.sector.code),
  ...moneyResolvers(INVESTMENT_MONEY),
};

export const InvestmentQuery: QueryResolvers = {
  investments: (_root, args, ctx) => ctx.services.investments.list(args),
};

export const InvestmentMutation: MutationResolvers = {
  createInvestment: (_r, { input, idempotencyKey }, ctx) => ctx.services.investmentWrites.create(input, idempotencyKey),
  updateInvestment: (_r, { input }, ctx) => ctx.services.investmentWrites.update(input),
  deleteInvestment: async (_r, { id, version }, ctx) => deletedPayload(await ctx.services.investmentWrites.remove(id, version)),
};
