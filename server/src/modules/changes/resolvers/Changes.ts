import type { QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { readChanges } from '../change-log.js';

export const ChangesQuery: QueryResolvers = {
  changes: (_root, args, ctx) => readChanges(ctx.em, args),
};
