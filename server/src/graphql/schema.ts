import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isScalarType, type GraphQLSchema } from 'graphql';
import { applyAuthorization } from './authorization.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { AccessMutation, AccessQuery, ApiKey, Officer } from '../modules/access/resolvers/Access.js';
import { AuditEntry, AuditQuery, AuditValue } from '../modules/audit/resolvers/Audit.js';
import { SavedView, SavedViewMutation, SavedViewQuery } from '../modules/views/resolvers/SavedView.js';
import { FitQuery } from '../modules/fit/resolvers/Fit.js';
import { Enquiry, EnquiryMutation, EnquiryQuery } from '../modules/enquiries/resolvers/Enquiry.js';
import { DatasetQuery } from '../modules/dataset/resolvers/Dataset.js';
import { Deal, DealMutation, DealParty, DealQuery } from '../modules/deals/resolvers/Deal.js';
import { Event, EventMutation, EventParticipant, EventQuery } from '../modules/events/resolvers/Event.js';
import { Investment, InvestmentMutation, InvestmentQuery } from '../modules/investments/resolvers/Investment.js';
import { ExchangeRate, Money, MoneyMutation, MoneyQuery } from '../modules/money/resolvers/Money.js';
import { Node, NodeQuery, Provenanced } from '../modules/nodes/resolvers/Node.js';
import { Organization, OrganizationMutation, OrganizationQuery } from '../modules/organizations/resolvers/Organization.js';
import { Park, ParkMutation, ParkQuery } from '../modules/parks/resolvers/Park.js';
import { ChangesQuery } from '../modules/changes/resolvers/Changes.js';
import { ChangesSubscription } from '../modules/changes/resolvers/Subscriptions.js';
import { Citation, Source } from '../modules/provenance/resolvers/Source.js';
import { Sector, SectorQuery } from '../modules/sectors/resolvers/Sector.js';
import { StatsQuery } from '../modules/stats/resolvers/Stats.js';
import { Tenancy, TenancyMutation } from '../modules/tenancies/resolvers/Tenancy.js';
import { DateScalar, DateTimeScalar, DecimalScalar, PartialDateScalar } from './scalars.js';

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../schema');

/** The SDL of schema/*.graphql, in file-name order: the API's contract. */
export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

export const resolvers: Resolvers = {
  Decimal: DecimalScalar,
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...NodeQuery,
    ...SectorQuery,
    ...ParkQuery,
    ...OrganizationQuery,
    ...InvestmentQuery,
    ...DealQuery,
    ...EventQuery,
    ...MoneyQuery,
    ...DatasetQuery,
    ...StatsQuery,
    ...AccessQuery,
    ...AuditQuery,
    ...SavedViewQuery,
    ...FitQuery,
    ...ChangesQuery,
    ...EnquiryQuery,
  },
  Mutation: {
    ...AccessMutation,
    ...OrganizationMutation,
    ...TenancyMutation,
    ...InvestmentMutation,
    ...DealMutation,
    ...ParkMutation,
    ...EventMutation,
    ...MoneyMutation,
    ...SavedViewMutation,
    ...EnquiryMutation,
  },
  Subscription: ChangesSubscription,
  SavedView,
  Enquiry,
  AuditEntry,
  AuditValue,
  Officer,
  ApiKey,
  Node,
  Provenanced,
  Park,
  Organization,
  Tenancy,
  Investment,
  Deal,
  DealParty,
  Event,
  EventParticipant,
  Sector,
  Money,
  ExchangeRate,
  Source,
  Citation,
};

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
  // A scalar's resolver object replaces its SDL description; the SDL is the single source of the text, so restore it.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isScalarType(type) && type.astNode?.description) type.description = type.astNode.description.value;
  }
  return applyAuthorization(schema);
}
