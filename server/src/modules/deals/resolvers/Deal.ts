import type { DealPartyResolvers, DealResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRef, loadRequired } from '../../common/refs.js';
import { moneyOf } from '../../money/money.service.js';
import { globalIdOf } from '../../nodes/node.service.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';

export const Deal: DealResolvers = {
  ...provenancedFields('Deal'),
  title: (d) => ({ zh: d.titleZh, en: d.titleEn }),
  park: (d) => loadRef(d.park),
  event: (d) => loadRef(d.event),
  parties: (d, _args, ctx) => ctx.services.deals.partiesOf(d.id),
  partyCount: async (d, _args, ctx) => (await ctx.services.deals.partiesOf(d.id)).length + d.unnamedPartyCount,
  value: (d) => moneyOf(d, 'value', d.signedOn),
};

export const DealParty: DealPartyResolvers = {
  id: (p) => globalIdOf(p),
  organization: (p) => loadRequired(p.organization),
};

export const DealQuery: QueryResolvers = {
  deals: (_root, args, ctx) => ctx.services.deals.list(args),
};
