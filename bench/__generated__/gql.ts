/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BenchInvestmentStats($filter: InvestmentFilter, $period: PeriodInput, $groupBy: [InvestmentGroupBy!], $currency: String) {\n    investmentStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {\n      follows\n      totals {\n        count\n        valuedCount\n        total\n        includesDemo\n      }\n      buckets {\n        key {\n          dimension\n          value\n          partial\n        }\n        figures {\n          count\n          valuedCount\n          total\n          includesDemo\n        }\n      }\n    }\n  }\n": typeof types.BenchInvestmentStatsDocument,
    "\n  query BenchDealStats($filter: DealFilter, $period: PeriodInput, $groupBy: [DealGroupBy!], $currency: String) {\n    dealStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {\n      follows\n      totals {\n        count\n        parties\n        includesDemo\n      }\n      buckets {\n        key {\n          dimension\n          value\n          partial\n        }\n        figures {\n          count\n          valuedCount\n          total\n          includesDemo\n        }\n      }\n    }\n  }\n": typeof types.BenchDealStatsDocument,
    "\n  query BenchTenancyStats($filter: TenancyFilter, $period: PeriodInput) {\n    tenancyStats(filter: $filter, period: $period, current: true) {\n      follows\n      totals {\n        tenants\n        includesDemo\n      }\n    }\n  }\n": typeof types.BenchTenancyStatsDocument,
    "\n  query BenchTenantSeries($parks: ParkFilter, $tenants: OrganizationFilter, $period: PeriodInput!) {\n    tenantSeries(filter: $parks, tenants: $tenants, period: $period, grain: QUARTER) {\n      key\n      tenants\n    }\n  }\n": typeof types.BenchTenantSeriesDocument,
    "\n  query BenchParkStats($filter: ParkFilter, $period: PeriodInput, $currency: String) {\n    parkStats(filter: $filter, period: $period, currency: $currency, first: 20) {\n      totalCount\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          committedInvestments\n          committedInvestment\n          deals\n        }\n      }\n    }\n  }\n": typeof types.BenchParkStatsDocument,
    "\n  query BenchFilterValues {\n    parks: investmentStats(groupBy: [PARK]) {\n      ...BenchBucket\n    }\n    sectors: investmentStats(groupBy: [SECTOR]) {\n      ...BenchBucket\n    }\n    countries: investmentStats(groupBy: [SOURCE_COUNTRY]) {\n      ...BenchBucket\n    }\n    stages: investmentStats(groupBy: [STAGE]) {\n      ...BenchBucket\n    }\n    kinds: investmentStats(groupBy: [ORGANIZATION_KIND]) {\n      ...BenchBucket\n    }\n  }\n": typeof types.BenchFilterValuesDocument,
    "\n  fragment BenchBucket on InvestmentStats {\n    buckets {\n      key {\n        value\n      }\n      figures {\n        count\n      }\n    }\n  }\n": typeof types.BenchBucketFragmentDoc,
};
const documents: Documents = {
    "\n  query BenchInvestmentStats($filter: InvestmentFilter, $period: PeriodInput, $groupBy: [InvestmentGroupBy!], $currency: String) {\n    investmentStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {\n      follows\n      totals {\n        count\n        valuedCount\n        total\n        includesDemo\n      }\n      buckets {\n        key {\n          dimension\n          value\n          partial\n        }\n        figures {\n          count\n          valuedCount\n          total\n          includesDemo\n        }\n      }\n    }\n  }\n": types.BenchInvestmentStatsDocument,
    "\n  query BenchDealStats($filter: DealFilter, $period: PeriodInput, $groupBy: [DealGroupBy!], $currency: String) {\n    dealStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {\n      follows\n      totals {\n        count\n        parties\n        includesDemo\n      }\n      buckets {\n        key {\n          dimension\n          value\n          partial\n        }\n        figures {\n          count\n          valuedCount\n          total\n          includesDemo\n        }\n      }\n    }\n  }\n": types.BenchDealStatsDocument,
    "\n  query BenchTenancyStats($filter: TenancyFilter, $period: PeriodInput) {\n    tenancyStats(filter: $filter, period: $period, current: true) {\n      follows\n      totals {\n        tenants\n        includesDemo\n      }\n    }\n  }\n": types.BenchTenancyStatsDocument,
    "\n  query BenchTenantSeries($parks: ParkFilter, $tenants: OrganizationFilter, $period: PeriodInput!) {\n    tenantSeries(filter: $parks, tenants: $tenants, period: $period, grain: QUARTER) {\n      key\n      tenants\n    }\n  }\n": types.BenchTenantSeriesDocument,
    "\n  query BenchParkStats($filter: ParkFilter, $period: PeriodInput, $currency: String) {\n    parkStats(filter: $filter, period: $period, currency: $currency, first: 20) {\n      totalCount\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          committedInvestments\n          committedInvestment\n          deals\n        }\n      }\n    }\n  }\n": types.BenchParkStatsDocument,
    "\n  query BenchFilterValues {\n    parks: investmentStats(groupBy: [PARK]) {\n      ...BenchBucket\n    }\n    sectors: investmentStats(groupBy: [SECTOR]) {\n      ...BenchBucket\n    }\n    countries: investmentStats(groupBy: [SOURCE_COUNTRY]) {\n      ...BenchBucket\n    }\n    stages: investmentStats(groupBy: [STAGE]) {\n      ...BenchBucket\n    }\n    kinds: investmentStats(groupBy: [ORGANIZATION_KIND]) {\n      ...BenchBucket\n    }\n  }\n": types.BenchFilterValuesDocument,
    "\n  fragment BenchBucket on InvestmentStats {\n    buckets {\n      key {\n        value\n      }\n      figures {\n        count\n      }\n    }\n  }\n": types.BenchBucketFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchInvestmentStats($filter: InvestmentFilter, $period: PeriodInput, $groupBy: [InvestmentGroupBy!], $currency: String) {\n    investmentStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {\n      follows\n      totals {\n        count\n        valuedCount\n        total\n        includesDemo\n      }\n      buckets {\n        key {\n          dimension\n          value\n          partial\n        }\n        figures {\n          count\n          valuedCount\n          total\n          includesDemo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchInvestmentStats($filter: InvestmentFilter, $period: PeriodInput, $groupBy: [InvestmentGroupBy!], $currency: String) {\n    investmentStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {\n      follows\n      totals {\n        count\n        valuedCount\n        total\n        includesDemo\n      }\n      buckets {\n        key {\n          dimension\n          value\n          partial\n        }\n        figures {\n          count\n          valuedCount\n          total\n          includesDemo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchDealStats($filter: DealFilter, $period: PeriodInput, $groupBy: [DealGroupBy!], $currency: String) {\n    dealStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {\n      follows\n      totals {\n        count\n        parties\n        includesDemo\n      }\n      buckets {\n        key {\n          dimension\n          value\n          partial\n        }\n        figures {\n          count\n          valuedCount\n          total\n          includesDemo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchDealStats($filter: DealFilter, $period: PeriodInput, $groupBy: [DealGroupBy!], $currency: String) {\n    dealStats(filter: $filter, period: $period, groupBy: $groupBy, currency: $currency) {\n      follows\n      totals {\n        count\n        parties\n        includesDemo\n      }\n      buckets {\n        key {\n          dimension\n          value\n          partial\n        }\n        figures {\n          count\n          valuedCount\n          total\n          includesDemo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchTenancyStats($filter: TenancyFilter, $period: PeriodInput) {\n    tenancyStats(filter: $filter, period: $period, current: true) {\n      follows\n      totals {\n        tenants\n        includesDemo\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchTenancyStats($filter: TenancyFilter, $period: PeriodInput) {\n    tenancyStats(filter: $filter, period: $period, current: true) {\n      follows\n      totals {\n        tenants\n        includesDemo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchTenantSeries($parks: ParkFilter, $tenants: OrganizationFilter, $period: PeriodInput!) {\n    tenantSeries(filter: $parks, tenants: $tenants, period: $period, grain: QUARTER) {\n      key\n      tenants\n    }\n  }\n"): (typeof documents)["\n  query BenchTenantSeries($parks: ParkFilter, $tenants: OrganizationFilter, $period: PeriodInput!) {\n    tenantSeries(filter: $parks, tenants: $tenants, period: $period, grain: QUARTER) {\n      key\n      tenants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchParkStats($filter: ParkFilter, $period: PeriodInput, $currency: String) {\n    parkStats(filter: $filter, period: $period, currency: $currency, first: 20) {\n      totalCount\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          committedInvestments\n          committedInvestment\n          deals\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchParkStats($filter: ParkFilter, $period: PeriodInput, $currency: String) {\n    parkStats(filter: $filter, period: $period, currency: $currency, first: 20) {\n      totalCount\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          committedInvestments\n          committedInvestment\n          deals\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchFilterValues {\n    parks: investmentStats(groupBy: [PARK]) {\n      ...BenchBucket\n    }\n    sectors: investmentStats(groupBy: [SECTOR]) {\n      ...BenchBucket\n    }\n    countries: investmentStats(groupBy: [SOURCE_COUNTRY]) {\n      ...BenchBucket\n    }\n    stages: investmentStats(groupBy: [STAGE]) {\n      ...BenchBucket\n    }\n    kinds: investmentStats(groupBy: [ORGANIZATION_KIND]) {\n      ...BenchBucket\n    }\n  }\n"): (typeof documents)["\n  query BenchFilterValues {\n    parks: investmentStats(groupBy: [PARK]) {\n      ...BenchBucket\n    }\n    sectors: investmentStats(groupBy: [SECTOR]) {\n      ...BenchBucket\n    }\n    countries: investmentStats(groupBy: [SOURCE_COUNTRY]) {\n      ...BenchBucket\n    }\n    stages: investmentStats(groupBy: [STAGE]) {\n      ...BenchBucket\n    }\n    kinds: investmentStats(groupBy: [ORGANIZATION_KIND]) {\n      ...BenchBucket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchBucket on InvestmentStats {\n    buckets {\n      key {\n        value\n      }\n      figures {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BenchBucket on InvestmentStats {\n    buckets {\n      key {\n        value\n      }\n      figures {\n        count\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;