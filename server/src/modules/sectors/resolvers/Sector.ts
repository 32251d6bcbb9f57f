import type { QueryResolvers, SectorResolvers } from '../../../__generated__/resolvers-types.js';
import { globalIdOf } from '../../nodes/node.service.js';

export const Sector: SectorResolvers = {
  id: (s) => globalIdOf(s),
  name: (s) => ({ zh: s.nameZh, en: s.nameEn }),
};

export const SectorQuery: QueryResolvers = {
  sectors: (_root, _args, ctx) => ctx.services.sectors.all(),
};
