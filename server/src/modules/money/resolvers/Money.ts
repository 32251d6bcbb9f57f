import type { ExchangeRateResolvers, MoneyResolvers, MutationResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { globalIdOf } from '../../nodes/node.service.js';
import { fromMinor } from '../money.js';
import { deletedPayload } from '../../writes/record-writes.js';

export const Money: MoneyResolvers = {
  amount: (m) => fromMinor(m.minor, m.currency),
  amountUsd: (m) => (m.usdMinor == null ? null : fromMinor(m.usdMinor, 'USD')),
  usdRate: (m, _args, ctx) => ctx.services.money.usdRate(m),
  converted: async (m, args, ctx) => {
    const c = await ctx.services.money.convert(m, args.currency, args.rateDate);
    return c && { amount: fromMinor(c.minor, c.currency), currency: c.currency, rateDate: c.rateDate, rate: c.rate, isConverted: c.isConverted };
  },
};

export const ExchangeRate: ExchangeRateResolvers = {
  id: (r) => globalIdOf(r),
  usdPerUnit: (r) => r.usdPerUnit.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
};

export const MoneyQuery: QueryResolvers = {
  exchangeRates: (_root, args, ctx) => ctx.services.money.list(args),
};

export const MoneyMutation: MutationResolvers = {
  createExchangeRate: (_r, { input }, ctx) => ctx.services.exchangeRateWrites.create(input),
  updateExchangeRate: (_r, { input }, ctx) => ctx.services.exchangeRateWrites.update(input),
  deleteExchangeRate: async (_r, { id, version }, ctx) => deletedPayload(await ctx.services.exchangeRateWrites.remove(id, version)),
};
