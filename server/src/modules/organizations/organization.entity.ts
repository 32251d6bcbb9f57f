import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../domain/vocabulary.js';
import { recordProps } from '../common/record.props.js';
import { searchNameProp, translationProps } from '../common/translation.props.js';
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
    kind: p
      .enum([...ORGANIZATION_KINDS])
      .$type<OrganizationKind>()
      .index(),
    sectors: () =>
      p
        .manyToMany(Sector)
        .pivotEntity(() => OrganizationSector)
        .owner(),
    website: p.string().length(300).nullable(),
    descriptionZh: p.text().nullable(),
    descriptionEn: p.text().nullable(),
    ...translationProps('name', 200),
    searchName: searchNameProp((o) => [o.nameZh as string, o.nameEn as string, o.nameRu as string | null]),
  },
});
export type OrganizationEntity = InferEntity<typeof Organization>;

/** Pivot of an organization's sectors, declared so the sector side is indexed too. */
export const OrganizationSector = defineEntity({
  name: 'OrganizationSector',
  tableName: 'organization_sector',
  properties: {
    organization: () => p.manyToOne(Organization).primary().index().deleteRule('cascade'),
    sector: () => p.manyToOne(Sector).primary().index(),
  },
});
