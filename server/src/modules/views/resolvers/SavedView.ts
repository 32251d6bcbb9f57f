import type { MutationResolvers, QueryResolvers, SavedViewResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRequired } from '../../common/refs.js';
import { databaseId, toGlobalId } from '../../../graphql/global-id.js';

export const SavedView: SavedViewResolvers = {
  id: (v) => toGlobalId('SavedView', v.id),
  savedBy: async (v) => (await loadRequired(v.officer)).name,
};

export const SavedViewQuery: QueryResolvers = {
  savedViews: (_r, args, ctx) => ctx.services.views.list(args),
};

export const SavedViewMutation: MutationResolvers = {
  saveView: (_r, { input }, ctx) => ctx.services.views.save(input),
  deleteSavedView: async (_r, { id }, ctx) => {
    await ctx.services.views.remove(databaseId(id, 'SavedView', 'id', 'saved view'));
    return { id };
  },
};
