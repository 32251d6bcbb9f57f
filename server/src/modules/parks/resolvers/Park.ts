import type { MutationResolvers, ParkResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { localized } from '../../common/localized.js';
import { loadRef } from '../../common/refs.js';
import { localizedText } from '../../common/translation.props.js';
import { moneyResolvers } from '../../money/money.service.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';
import { PARK_MONEY } from '../park.entity.js';
import { muToHectares } from '../park.service.js';

export const Park: ParkResolvers = {
  ...provenancedFields('Park'),
  name: (p) => localizedText(p.nameZh, p.nameEn, { text: p.nameRu, by: p.nameRuBy, at: p.nameRuAt }),
  positioning: (p) => localized(p.positioningZh, p.positioningEn),
  location: (p) => localized(p.locationZh, p.locationEn),
  parent: (p) => loadRef(p.parent),
  children: (p, args, ctx) => ctx.services.parks.childrenOf(p.id, args),
  focusSectors: (p, _args, ctx) => ctx.services.sectors.ofCollection(p.focusSectors),
  coordinates: (p) =>
    p.latitude == null || p.longitude == null ? null : { latitude: p.latitude, longitude: p.longitude, approximate: p.coordinatesApproximate },
  landArea: (p) => (p.landAreaMu == null ? null : { mu: p.landAreaMu, hectares: muToHectares(p.landAreaMu) }),
  facilities: (p) => (p.facilities ?? []).map((f) => ({ name: { zh: f.nameZh, en: f.nameEn }, status: f.status })),
  ...moneyResolvers(PARK_MONEY),
  tenancies: (p, args, ctx) => ctx.services.tenancies.ofPark(p.id, args),
  investments: (p, args, ctx) => ctx.services.investments.ofPark(p.id, args),
  deals: (p, args, ctx) => ctx.services.deals.ofPark(p.id, args),
  settlementSignings: (p, _args, ctx) => ctx.services.deals.settlementSigningsOf(p.id),
};

export const ParkQuery: QueryResolvers = {
  parks: (_root, args, ctx) => ctx.services.parks.list(args),
  park: (_root, { slug }, ctx) => ctx.services.parks.bySlug(slug),
};

export const ParkMutation: MutationResolvers = {
  updatePark: (_r, { input }, ctx) => ctx.services.parkWrites.update(input),
};
