import type { MutationResolvers, QueryResolvers, SavedViewResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRequired } from '../../common/refs.js';
import { fromGlobalId, toGlobalId } from '../../../graphql/global-id.js';
import { badUserInput } from '../../../graphql/errors.js';

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
    const d = fromGlobalId(id);
    if (d.type !== 'SavedView' || !/^\d+$/.test(d.id)) throw badUserInput(`"${id}" is not the ID of a saved view`, 'id');
    await ctx.services.views.remove(Number(d.id));
    return { id };
  },
};
