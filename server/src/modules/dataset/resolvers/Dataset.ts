import type { QueryResolvers } from '../../../__generated__/resolvers-types.js';

export const DatasetQuery: QueryResolvers = {
  dataset: (_root, _args, ctx) => ctx.services.dataset.summary(),
};
