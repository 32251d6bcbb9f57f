import type { EventParticipantResolvers, EventResolvers, MutationResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { localized } from '../../common/localized.js';
import { loadRef, loadRequired } from '../../common/refs.js';
import { localizedText } from '../../common/translation.props.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';

export const Event: EventResolvers = {
  ...provenancedFields('Event'),
  name: (e) => localizedText(e.nameZh, e.nameEn, { text: e.nameRu, by: e.nameRuBy, at: e.nameRuAt }),
  parent: (e) => loadRef(e.parent),
  children: (e, args, ctx) => ctx.services.events.sessionsOf(e.id, args),
  partOfDay: (e) => localized(e.partOfDayZh, e.partOfDayEn),
  venue: (e) => localized(e.venueZh, e.venueEn),
  sector: (e, _args, ctx) => (e.sector ? ctx.services.sectors.byCode(e.sector.code) : null),
  theme: (e) => localized(e.themeZh, e.themeEn),
  deals: (e, args, ctx) => ctx.services.deals.ofEvent(e.id, args),
  participants: (e, _args, ctx) => ctx.services.events.participantsOf(e.id),
  participantsIncomplete: async (e, _args, ctx) => (await ctx.services.events.participantsOf(e.id)).some((p) => p.andOthers),
};

export const EventParticipant: EventParticipantResolvers = {
  organization: (p) => loadRef(p.organization),
  country: async (p) => p.country ?? (p.organization ? ((await loadRequired(p.organization)).country ?? null) : null),
  description: (p) => localized(p.descriptionZh, p.descriptionEn),
};

export const EventQuery: QueryResolvers = {
  events: (_root, args, ctx) => ctx.services.events.list(args),
};

export const EventMutation: MutationResolvers = {
  updateEvent: (_r, { input }, ctx) => ctx.services.eventWrites.update(input),
};
