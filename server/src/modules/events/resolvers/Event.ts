import type { EventResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { localized } from '../../common/localized.js';
import { loadRef } from '../../common/refs.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';

export const Event: EventResolvers = {
  ...provenancedFields('Event'),
  name: (e) => ({ zh: e.nameZh, en: e.nameEn }),
  parent: (e) => loadRef(e.parent),
  children: (e, args, ctx) => ctx.services.events.sessionsOf(e.id, args),
  partOfDay: (e) => localized(e.partOfDayZh, e.partOfDayEn),
  venue: (e) => localized(e.venueZh, e.venueEn),
  sector: (e, _args, ctx) => (e.sector ? ctx.services.sectors.byCode(e.sector.code) : null),
  theme: (e) => localized(e.themeZh, e.themeEn),
  deals: (e, args, ctx) => ctx.services.deals.ofEvent(e.id, args),
};

export const EventQuery: QueryResolvers = {
  events: (_root, args, ctx) => ctx.services.events.list(args),
};
