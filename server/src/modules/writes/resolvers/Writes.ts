import type { AuditEntryResolvers, MutationResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { toGlobalId } from '../../../graphql/global-id.js';
import { changesOf } from '../../audit/audit.service.js';

const deleted = (d: { id: number; type: string }) => ({ id: toGlobalId(d.type, d.id) });

export const WritesMutation: MutationResolvers = {
  createOrganization: (_r, { input, idempotencyKey }, ctx) => ctx.services.writes.createOrganization(input, idempotencyKey),
  updateOrganization: (_r, { input }, ctx) => ctx.services.writes.updateOrganization(input),
  deleteOrganization: async (_r, { id, version }, ctx) => deleted(await ctx.services.writes.deleteOrganization(id, version)),
  createTenancy: (_r, { input, idempotencyKey }, ctx) => ctx.services.writes.createTenancy(input, idempotencyKey),
  updateTenancy: (_r, { input }, ctx) => ctx.services.writes.updateTenancy(input),
  deleteTenancy: async (_r, { id, version }, ctx) => deleted(await ctx.services.writes.deleteTenancy(id, version)),
  createInvestment: (_r, { input, idempotencyKey }, ctx) => ctx.services.writes.createInvestment(input, idempotencyKey),
  updateInvestment: (_r, { input }, ctx) => ctx.services.writes.updateInvestment(input),
  deleteInvestment: async (_r, { id, version }, ctx) => deleted(await ctx.services.writes.deleteInvestment(id, version)),
  createDeal: (_r, { input, idempotencyKey }, ctx) => ctx.services.writes.createDeal(input, idempotencyKey),
  updateDeal: (_r, { input }, ctx) => ctx.services.writes.updateDeal(input),
  deleteDeal: async (_r, { id, version }, ctx) => deleted(await ctx.services.writes.deleteDeal(id, version)),
  updatePark: (_r, { input }, ctx) => ctx.services.writes.updatePark(input),
  createExchangeRate: (_r, { input }, ctx) => ctx.services.writes.createExchangeRate(input),
  updateExchangeRate: (_r, { input }, ctx) => ctx.services.writes.updateExchangeRate(input),
  deleteExchangeRate: async (_r, { id, version }, ctx) => deleted(await ctx.services.writes.deleteExchangeRate(id, version)),
  changePassword: (_r, { currentPassword, newPassword }, ctx) => ctx.services.access.changePassword(ctx.actor, currentPassword, newPassword),
};

export const AuditQuery: QueryResolvers = {
  auditLog: (_r, args, ctx) => ctx.services.audit.list(ctx.actor, args),
};

export const AuditEntry: AuditEntryResolvers = {
  id: (e) => toGlobalId('AuditEntry', e.id),
  recordId: (e) => toGlobalId(e.recordType, e.recordId),
  changes: (e) => changesOf(e),
};
