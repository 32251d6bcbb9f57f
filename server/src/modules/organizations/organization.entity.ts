import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../domain/vocabulary.js';
import { recordProps } from '../common/record.props.js';
import { Sector } from '../sectors/sector.entity.js';

/** A company, state-owned enterprise, government body, institute, alliance or economic zone. */
export const Organization = defineEntity({
  name: 'Organization',
  properties: {
    ...recordProps(),
    nameZh: p.string().length(200).index(),
    nameEn: p.string().length(200).index(),
    /** ISO 3166-1 alpha-2; null when unknown. */
    country: p.string().length(2).nullable().index(),
    kind: p.enum([...ORGANIZATION_KINDS]).$type<OrganizationKind>().index(),
    sectors: () => p.manyToMany(Sector).pivotTable('organization_sector').owner(),
    website: p.string().length(300).nullable(),
    descriptionZh: p.text().nullable(),
    descriptionEn: p.text().nullable(),
  },
});
export type OrganizationEntity = InferEntity<typeof Organization>;
