import type { QueryResolvers } from '../../../__generated__/resolvers-types.js';

export const StatsQuery: QueryResolvers = {
  investmentStats: (_root, args, ctx) => ctx.services.stats.investmentStats(args),
  dealStats: (_root, args, ctx) => ctx.services.stats.dealStats(args),
  parkStats: (_root, args, ctx) => ctx.services.stats.parkStats(args),
  tenancyStats: (_root, args, ctx) => ctx.services.stats.tenancyStats(args),
  tenantSeries: (_root, args, ctx) => ctx.services.stats.tenantSeries(args),
};
