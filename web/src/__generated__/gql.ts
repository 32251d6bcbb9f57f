/* eslint-disable */
import * as types from './graphql';
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
    "\n  query AppShellQuery {\n    dataset { includesDemoData }\n  }\n": typeof types.AppShellQueryDocument,
    "\n  fragment ParkCard_park on Park {\n    id\n    slug\n    name { zh en }\n    kind\n    status\n    verification\n    positioning { zh en }\n    location { zh en }\n    landArea { mu hectares }\n    completedOn\n    unveiledOn\n    focusSectors { code name { zh en } }\n    facilities { name { zh en } status }\n    plannedInvestment { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    expectedAnnualOutput { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    expectedAnnualProfit { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    sources { quote fields source { publisher { zh en } author eventDate } }\n    recordedBy\n    recordedAt\n  }\n": typeof types.ParkCard_ParkFragmentDoc,
    "\n  query ApiPageQuery {\n    __schema {\n      queryType {\n        fields { name description }\n      }\n    }\n  }\n": typeof types.ApiPageQueryDocument,
    "\n  query ParksPageQuery($after: String) {\n    parks(first: 50, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          parent { id }\n          ...ParkCard_park\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ParksPageQueryDocument,
};
const documents: Documents = {
    "\n  query AppShellQuery {\n    dataset { includesDemoData }\n  }\n": types.AppShellQueryDocument,
    "\n  fragment ParkCard_park on Park {\n    id\n    slug\n    name { zh en }\n    kind\n    status\n    verification\n    positioning { zh en }\n    location { zh en }\n    landArea { mu hectares }\n    completedOn\n    unveiledOn\n    focusSectors { code name { zh en } }\n    facilities { name { zh en } status }\n    plannedInvestment { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    expectedAnnualOutput { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    expectedAnnualProfit { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    sources { quote fields source { publisher { zh en } author eventDate } }\n    recordedBy\n    recordedAt\n  }\n": types.ParkCard_ParkFragmentDoc,
    "\n  query ApiPageQuery {\n    __schema {\n      queryType {\n        fields { name description }\n      }\n    }\n  }\n": types.ApiPageQueryDocument,
    "\n  query ParksPageQuery($after: String) {\n    parks(first: 50, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          parent { id }\n          ...ParkCard_park\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ParksPageQueryDocument,
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
export function graphql(source: "\n  query AppShellQuery {\n    dataset { includesDemoData }\n  }\n"): (typeof documents)["\n  query AppShellQuery {\n    dataset { includesDemoData }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParkCard_park on Park {\n    id\n    slug\n    name { zh en }\n    kind\n    status\n    verification\n    positioning { zh en }\n    location { zh en }\n    landArea { mu hectares }\n    completedOn\n    unveiledOn\n    focusSectors { code name { zh en } }\n    facilities { name { zh en } status }\n    plannedInvestment { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    expectedAnnualOutput { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    expectedAnnualProfit { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    sources { quote fields source { publisher { zh en } author eventDate } }\n    recordedBy\n    recordedAt\n  }\n"): (typeof documents)["\n  fragment ParkCard_park on Park {\n    id\n    slug\n    name { zh en }\n    kind\n    status\n    verification\n    positioning { zh en }\n    location { zh en }\n    landArea { mu hectares }\n    completedOn\n    unveiledOn\n    focusSectors { code name { zh en } }\n    facilities { name { zh en } status }\n    plannedInvestment { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    expectedAnnualOutput { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    expectedAnnualProfit { amount currency amountUsd usdRate { usdPerUnit validFrom } }\n    sources { quote fields source { publisher { zh en } author eventDate } }\n    recordedBy\n    recordedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiPageQuery {\n    __schema {\n      queryType {\n        fields { name description }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiPageQuery {\n    __schema {\n      queryType {\n        fields { name description }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParksPageQuery($after: String) {\n    parks(first: 50, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          parent { id }\n          ...ParkCard_park\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ParksPageQuery($after: String) {\n    parks(first: 50, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          parent { id }\n          ...ParkCard_park\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;