import type { AuditEntryResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { toGlobalId } from '../../../graphql/global-id.js';
import { changesOf } from '../audit.service.js';

export const AuditQuery: QueryResolvers = {
  auditLog: (_r, args, ctx) => ctx.services.audit.list(ctx.actor, args),
};

export const AuditEntry: AuditEntryResolvers = {
  id: (e) => toGlobalId('AuditEntry', e.id),
  recordId: (e) => toGlobalId(e.recordType, e.recordId),
  changes: (e) => changesOf(e),
};
