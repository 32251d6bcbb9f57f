import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { TENANCY_STATUSES, type TenancyStatus } from '../../domain/vocabulary.js';
import { measure, recordProps } from '../common/record.props.js';
import { Organization } from '../organizations/organization.entity.js';
import { Park } from '../parks/park.entity.js';

/** An organization's presence in a park, from signing to exit. */
export const Tenancy = defineEntity({
  name: 'Tenancy',
  // Tenant counts read these covering indexes instead of the table: by park and by tenant, each with what decides
  // whether a tenancy is current on a day, and the demo mark.
  indexes: [
    { name: 'tenancy_stats_park_index', properties: ['park', 'signedOn', 'exitedOn', 'status', 'organization', 'verification'] },
    { name: 'tenancy_stats_organization_index', properties: ['organization', 'signedOn', 'exitedOn', 'status', 'park', 'verification'] },
  ],
  properties: {
    ...recordProps(),
    organization: () => p.manyToOne(Organization).ref(),
    park: () => p.manyToOne(Park).ref(),
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
