import type { QueryResolvers, SectorResolvers } from '../../../__generated__/resolvers-types.js';
import { SECTOR_RU } from '../../../domain/labels.js';
import { globalIdOf } from '../../nodes/node.service.js';

export const Sector: SectorResolvers = {
  id: (s) => globalIdOf(s),
  name: (s) => ({ zh: s.nameZh, en: s.nameEn, ru: SECTOR_RU[s.code] ?? null }),
};

export const SectorQuery: QueryResolvers = {
  sectors: (_root, _args, ctx) => ctx.services.sectors.all(),
};
