import type { MutationResolvers, OrganizationResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { localized } from '../../common/localized.js';
import { localizedText } from '../../common/translation.props.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';
import { deletedPayload } from '../../writes/record-writes.js';

export const Organization: OrganizationResolvers = {
  ...provenancedFields('Organization'),
  name: (o) => localizedText(o.nameZh, o.nameEn, { text: o.nameRu, by: o.nameRuBy, at: o.nameRuAt }),
  description: (o) => localized(o.descriptionZh, o.descriptionEn),
  sectors: (o, _args, ctx) => ctx.services.sectors.ofCollection(o.sectors),
  investments: (o, args, ctx) => ctx.services.investments.ofOrganization(o.id, args),
  deals: (o, args, ctx) => ctx.services.deals.ofOrganization(o.id, args),
  tenancies: (o, args, ctx) => ctx.services.tenancies.ofOrganization(o.id, args),
  parks: (o, args, ctx) => ctx.services.tenancies.parksOfOrganization(o.id, args),
};

export const OrganizationQuery: QueryResolvers = {
  organizations: (_root, args, ctx) => ctx.services.organizations.list(args),
};

export const OrganizationMutation: MutationResolvers = {
  createOrganization: (_r, { input, idempotencyKey }, ctx) => ctx.services.organizationWrites.create(input, idempotencyKey),
  updateOrganization: (_r, { input }, ctx) => ctx.services.organizationWrites.update(input),
  deleteOrganization: async (_r, { id, version }, ctx) => deletedPayload(await ctx.services.organizationWrites.remove(id, version)),
};
