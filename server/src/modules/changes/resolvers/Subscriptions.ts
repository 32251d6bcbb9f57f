import { GraphQLError } from 'graphql';
import type { SubscriptionResolvers } from '../../../__generated__/resolvers-types.js';
import type { Context } from '../../../context.js';
import { ErrorCode } from '../../../graphql/errors.js';
import { Deal, type DealEntity } from '../../deals/deal.entity.js';
import { DEAL_FILTER } from '../../deals/deal.filter.js';
import { Investment, type InvestmentEntity } from '../../investments/investment.entity.js';
import { INVESTMENT_FILTER } from '../../investments/investment.filter.js';
import type { AuditEntryEntity } from '../../audit/audit.entities.js';
import type { ChangeEdgeRow } from '../change-log.js';
import type { LiveRecords } from '../live.js';

function live(ctx: Context): LiveRecords {
  if (!ctx.live) throw new GraphQLError('Subscriptions run over WebSocket (graphql-ws) at /graphql', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  return ctx.live;
}

// Each event is the subscription's value itself (the stream yields it), resolved as is.
export const ChangesSubscription: SubscriptionResolvers = {
  recordChanged: {
    subscribe: (_root, { types }, ctx) => live(ctx).changes(types),
    resolve: (edge: ChangeEdgeRow) => edge,
  },
  dealSigned: {
    subscribe: (_root, { filter }, ctx) => live(ctx).created({ entity: Deal, filter: DEAL_FILTER, type: 'Deal' }, filter),
    resolve: (deal: DealEntity) => deal,
  },
  investmentRecorded: {
    subscribe: (_root, { filter }, ctx) => live(ctx).created({ entity: Investment, filter: INVESTMENT_FILTER, type: 'Investment' }, filter),
    resolve: (investment: InvestmentEntity) => investment,
  },
  auditLogged: {
    subscribe: (_root, _args, ctx) => live(ctx).auditEntries(),
    resolve: (entry: AuditEntryEntity) => entry,
  },
};
