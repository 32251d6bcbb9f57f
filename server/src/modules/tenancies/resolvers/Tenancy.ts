import type { TenancyResolvers } from '../../../__generated__/resolvers-types.js';
import { loadRequired } from '../../common/refs.js';
import { provenancedFields } from '../../provenance/resolvers/provenanced.js';

export const Tenancy: TenancyResolvers = {
  ...provenancedFields('Tenancy'),
  organization: (t) => loadRequired(t.organization),
  park: (t) => loadRequired(t.park),
};
