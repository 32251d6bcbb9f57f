import type { QueryResolvers } from '../../../__generated__/resolvers-types.js';

export const FitQuery: QueryResolvers = {
  parkFit: (_r, { input, first }, ctx) => ctx.services.fit.rank(input, first ?? 20),
};
