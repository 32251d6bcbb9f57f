import type { EnquiryResolvers, MutationResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { toGlobalId } from '../../../graphql/global-id.js';
import { RateLimited } from '../../../http/rate-limits.js';
import { loadRef } from '../../common/refs.js';
import { moneyOf } from '../../money/money.service.js';
import type { ParkEntity } from '../../parks/park.entity.js';

export const Enquiry: EnquiryResolvers = {
  id: (e) => toGlobalId('Enquiry', e.id),
  sector: (e, _args, ctx) => ctx.services.sectors.byCode(e.sector.code),
  plannedInvestment: (e) => moneyOf(e, 'planned', e.receivedAt.toISOString().slice(0, 10)),
  // Through the node loaders: the parks of a whole page of enquiries are read in one statement.
  parks: async (e, _args, ctx) => {
    const parks = await Promise.all(e.parkIds.map((id) => ctx.services.nodes.resolve(toGlobalId('Park', id))));
    return parks.filter((p): p is ParkEntity => p !== null);
  },
  handledBy: async (e) => (await loadRef(e.handledBy))?.name ?? null,
  handledById: (e) => (e.handledBy ? toGlobalId('Officer', e.handledBy.id) : null),
  organization: (e) => loadRef(e.organization),
  investment: (e) => loadRef(e.investment),
};

export const EnquiryQuery: QueryResolvers = {
  enquiries: (_r, args, ctx) => ctx.services.enquiries.list(args),
  enquiry: (_r, { id }, ctx) => ctx.services.enquiries.get(id),
  newEnquiryCount: (_r, _args, ctx) => ctx.services.enquiries.newCount(),
};

export const EnquiryMutation: MutationResolvers = {
  openEnquiryForm: (_r, _args, ctx) => ctx.services.enquiries.openForm(),
  submitEnquiry: (_r, { input }, ctx) =>
    ctx.services.enquiries.submit(input, async () => {
      try {
        await ctx.limits.enquiry(ctx.ip);
      } catch (err) {
        throw err instanceof RateLimited ? err.toGraphQLError() : err;
      }
    }),
  updateEnquiry: (_r, { input }, ctx) => ctx.services.enquiries.update(input),
  convertEnquiry: (_r, { id, version }, ctx) => ctx.services.enquiries.convert(id, version),
};
