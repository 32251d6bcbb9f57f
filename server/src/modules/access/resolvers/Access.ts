import type { ApiKeyResolvers, MutationResolvers, OfficerResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { databaseId, toGlobalId } from '../../../graphql/global-id.js';
import { officerIdOf } from '../actor.js';

export const Officer: OfficerResolvers = {
  id: (o) => toGlobalId('Officer', o.id),
  disabled: (o) => o.disabledAt != null,
};

export const ApiKey: ApiKeyResolvers = {
  id: (k) => toGlobalId('ApiKey', k.id),
};

export const AccessQuery: QueryResolvers = {
  viewer: async (_root, _args, ctx) => {
    const officerId = officerIdOf(ctx.actor);
    return {
      role: ctx.actor.role,
      officer: officerId === null ? null : await ctx.services.access.officerById(officerId),
      apiKeyName: ctx.actor.kind === 'apiKey' ? ctx.actor.name.replace(/^API key /, '') : null,
    };
  },
  apiKeys: (_root, args, ctx) => ctx.services.access.listApiKeys(ctx.actor, args),
  officers: (_root, args, ctx) => ctx.services.access.listOfficers(ctx.actor, args),
};

export const AccessMutation: MutationResolvers = {
  signIn: (_root, { email, password }, ctx) => ctx.services.access.signIn(email, password, ctx.ip, (address) => ctx.limits.signInAttempt(address, ctx.ip)),
  refreshSession: (_root, { refreshToken }, ctx) => ctx.services.access.refresh(refreshToken, ctx.ip),
  signOut: (_root, { refreshToken }, ctx) => ctx.services.access.signOut(refreshToken, ctx.ip),
  changePassword: (_r, { currentPassword, newPassword }, ctx) => ctx.services.access.changePassword(ctx.actor, currentPassword, newPassword),
  createApiKey: (_root, { input }, ctx) => ctx.services.access.createApiKey(ctx.actor, input),
  revokeApiKey: (_root, { id }, ctx) => ctx.services.access.revokeApiKey(ctx.actor, databaseId(id, 'ApiKey')),
  createOfficer: (_root, { input }, ctx) => ctx.services.access.createOfficer(ctx.actor, input),
  setOfficerDisabled: (_root, { id, disabled }, ctx) => ctx.services.access.setOfficerDisabled(ctx.actor, databaseId(id, 'Officer'), disabled),
};
