import type { MutationResolvers, TenancyResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRequired } from '../../common/refs.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';
import { deletedPayload } from '../../writes/record-writes.js';

export const Tenancy: TenancyResolvers = {
  ...provenancedFields('Tenancy'),
  organization: (t) => loadRequired(t.organization),
  park: (t) => loadRequired(t.park),
};

export const TenancyMutation: MutationResolvers = {
  createTenancy: (_r, { input, idempotencyKey }, ctx) => ctx.services.tenancyWrites.create(input, idempotencyKey),
  updateTenancy: (_r, { input }, ctx) => ctx.services.tenancyWrites.update(input),
  deleteTenancy: async (_r, { id, version }, ctx) => deletedPayload(await ctx.services.tenancyWrites.remove(id, version)),
};
