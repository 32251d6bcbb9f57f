import type { ApiKeyResolvers, MutationResolvers, OfficerResolvers, QueryResolvers } from '../../../__generated__/resolvers-types.js';
import { article } from '../../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../../graphql/global-id.js';
import { badUserInput } from '../../../graphql/errors.js';
import { officerIdOf } from '../actor.js';

const idOf = (globalId: string, type: string) => {
  const { type: actual, id } = fromGlobalId(globalId);
  if (actual !== type || !/^\d+$/.test(id)) throw badUserInput(`"${globalId}" is not the ID of ${article(type)}`, 'id');
  return Number(id);
};

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
  createApiKey: (_root, { input }, ctx) => ctx.services.access.createApiKey(ctx.actor, input),
  revokeApiKey: (_root, { id }, ctx) => ctx.services.access.revokeApiKey(ctx.actor, idOf(id, 'ApiKey')),
  createOfficer: (_root, { input }, ctx) => ctx.services.access.createOfficer(ctx.actor, input),
  setOfficerDisabled: (_root, { id, disabled }, ctx) => ctx.services.access.setOfficerDisabled(ctx.actor, idOf(id, 'Officer'), disabled),
};
