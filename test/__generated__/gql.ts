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
    "\n  query FitRanking($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      park {\n        id\n        slug\n      }\n      rank\n      score\n      confidence\n      parts {\n        criterion\n        weight\n        score\n        points\n      }\n    }\n  }\n": typeof types.FitRankingDocument,
    "\n  query FitRank($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      rank\n    }\n  }\n": typeof types.FitRankDocument,
    "\n  query EnergyValleyMoney {\n    park(slug: \"sco-energy-valley\") {\n      expectedAnnualOutput {\n        amountUsd\n        usdRate {\n          usdPerUnit\n        }\n      }\n      expectedAnnualProfit {\n        amountUsd\n      }\n    }\n  }\n": typeof types.EnergyValleyMoneyDocument,
    "\n  query TenantsCompared {\n    parkStats(first: 100) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n": typeof types.TenantsComparedDocument,
    "\n  query EdgeParks {\n    parks(first: 10, filter: { search: \"Edge \" }) {\n      nodes {\n        id\n        name {\n          en\n        }\n      }\n    }\n  }\n": typeof types.EdgeParksDocument,
};
const documents: Documents = {
    "\n  query FitRanking($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      park {\n        id\n        slug\n      }\n      rank\n      score\n      confidence\n      parts {\n        criterion\n        weight\n        score\n        points\n      }\n    }\n  }\n": types.FitRankingDocument,
    "\n  query FitRank($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      rank\n    }\n  }\n": types.FitRankDocument,
    "\n  query EnergyValleyMoney {\n    park(slug: \"sco-energy-valley\") {\n      expectedAnnualOutput {\n        amountUsd\n        usdRate {\n          usdPerUnit\n        }\n      }\n      expectedAnnualProfit {\n        amountUsd\n      }\n    }\n  }\n": types.EnergyValleyMoneyDocument,
    "\n  query TenantsCompared {\n    parkStats(first: 100) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n": types.TenantsComparedDocument,
    "\n  query EdgeParks {\n    parks(first: 10, filter: { search: \"Edge \" }) {\n      nodes {\n        id\n        name {\n          en\n        }\n      }\n    }\n  }\n": types.EdgeParksDocument,
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
export function graphql(source: "\n  query FitRanking($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      park {\n        id\n        slug\n      }\n      rank\n      score\n      confidence\n      parts {\n        criterion\n        weight\n        score\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query FitRanking($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      park {\n        id\n        slug\n      }\n      rank\n      score\n      confidence\n      parts {\n        criterion\n        weight\n        score\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FitRank($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      rank\n    }\n  }\n"): (typeof documents)["\n  query FitRank($i: ParkFitInput!) {\n    parkFit(input: $i) {\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnergyValleyMoney {\n    park(slug: \"sco-energy-valley\") {\n      expectedAnnualOutput {\n        amountUsd\n        usdRate {\n          usdPerUnit\n        }\n      }\n      expectedAnnualProfit {\n        amountUsd\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnergyValleyMoney {\n    park(slug: \"sco-energy-valley\") {\n      expectedAnnualOutput {\n        amountUsd\n        usdRate {\n          usdPerUnit\n        }\n      }\n      expectedAnnualProfit {\n        amountUsd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantsCompared {\n    parkStats(first: 100) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantsCompared {\n    parkStats(first: 100) {\n      nodes {\n        park {\n          id\n        }\n        figures {\n          tenants\n          tenantsIncludeDemo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgeParks {\n    parks(first: 10, filter: { search: \"Edge \" }) {\n      nodes {\n        id\n        name {\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EdgeParks {\n    parks(first: 10, filter: { search: \"Edge \" }) {\n      nodes {\n        id\n        name {\n          en\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;