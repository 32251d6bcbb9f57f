import type { DealPartyResolvers, DealResolvers, MutationResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRef, loadRequired } from '../../common/refs.js';
import { localizedText } from '../../common/translation.props.js';
import { moneyResolvers } from '../../money/money.service.js';
import { globalIdOf } from '../../nodes/node.service.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';
import { deletedPayload } from '../../writes/record-writes.js';
import { DEAL_MONEY } from '../deal.entity.js';

export const Deal: DealResolvers = {
  ...provenancedFields('Deal'),
  title: (d) => localizedText(d.titleZh, d.titleEn, { text: d.titleRu, by: d.titleRuBy, at: d.titleRuAt }),
  park: (d) => loadRef(d.park),
  event: (d) => loadRef(d.event),
  parties: (d, _args, ctx) => ctx.services.deals.partiesOf(d.id),
  partyCount: (d) => d.namedPartyCount + d.unnamedPartyCount,
  ...moneyResolvers(DEAL_MONEY),
};

export const DealParty: DealPartyResolvers = {
  id: (p) => globalIdOf(p),
  organization: (p) => loadRequired(p.organization),
};

export const DealQuery: QueryResolvers = {
  deals: (_root, args, ctx) => ctx.services.deals.list(args),
};

export const DealMutation: MutationResolvers = {
  createDeal: (_r, { input, idempotencyKey }, ctx) => ctx.services.dealWrites.create(input, idempotencyKey),
  updateDeal: (_r, { input }, ctx) => ctx.services.dealWrites.update(input),
  deleteDeal: async (_r, { id, version }, ctx) => deletedPayload(await ctx.services.dealWrites.remove(id, version)),
};
