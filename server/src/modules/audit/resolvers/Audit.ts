import type { AuditEntryResolvers, AuditValueResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { toGlobalId } from '../../../graphql/global-id.js';
import { changesOf } from '../audit.service.js';

export const AuditQuery: QueryResolvers = {
  auditLog: (_r, args, ctx) => ctx.services.audit.list(ctx.actor, args),
};

export const AuditEntry: AuditEntryResolvers = {
  id: (e) => toGlobalId('AuditEntry', e.id),
  recordId: (e) => toGlobalId(e.recordType, e.recordId),
  changes: (e) => changesOf(e),
  fields: (e, _args, ctx) => ctx.services.audit.fieldsOf(e),
};

export const AuditValue: AuditValueResolvers = {
  // Through the node loaders: every record a page of entries names is read in one statement per type.
  record: (v, _args, ctx) => (v.record ? ctx.services.nodes.resolve(toGlobalId(v.record.type, v.record.key)) : null),
};
