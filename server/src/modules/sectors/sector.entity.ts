import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { SectorCode } from '../../domain/vocabulary.js';

/** The one sector taxonomy: parks' focus, organizations, investments and the conference dialogues. */
export const Sector = defineEntity({
  name: 'Sector',
  properties: {
    code: p.string().length(40).primary().$type<SectorCode>(),
    nameZh: p.string().length(60),
    nameEn: p.string().length(80),
    sortOrder: p.integer(),
  },
});
export type SectorEntity = InferEntity<typeof Sector>;
