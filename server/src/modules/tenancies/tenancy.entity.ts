import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { TENANCY_STATUSES, type TenancyStatus } from '../../domain/vocabulary.js';
import { measure, recordProps } from '../common/record.props.js';
import { Organization } from '../organizations/organization.entity.js';
import { Park } from '../parks/park.entity.js';

/** An organization's presence in a park, from signing to exit. */
export const Tenancy = defineEntity({
  name: 'Tenancy',
  properties: {
    ...recordProps(),
    organization: () => p.manyToOne(Organization).ref().index(),
    park: () => p.manyToOne(Park).ref().index(),
    status: p
      .enum([...TENANCY_STATUSES])
      .$type<TenancyStatus>()
      .index(),
    signedOn: p.date().nullable().index(),
    movedInOn: p.date().nullable(),
    exitedOn: p.date().nullable(),
    leasedAreaM2: measure().nullable(),
  },
});
export type TenancyEntity = InferEntity<typeof Tenancy>;
