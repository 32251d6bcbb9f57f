/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a record comes from. */
export const Verification = {
  /** Supported by a verbatim quote of a published source; see `sources`. */
  Verified: 'VERIFIED',
  /** Entered or imported by an investment-promotion officer; see `recordedBy` and `recordedAt`. */
  Recorded: 'RECORDED',
  /** Generated demo data for showing the product; never real. */
  Demo: 'DEMO'
} as const;

export type Verification = typeof Verification[keyof typeof Verification];
/** The one sector taxonomy used for parks' focus, organizations, investments and the conference dialogues. */
export const SectorCode = {
  /** Logistics and transport (物流运输). */
  Logistics: 'LOGISTICS',
  /** New energy (新能源). */
  NewEnergy: 'NEW_ENERGY',
  /** Equipment manufacturing (装备制造). */
  EquipmentManufacturing: 'EQUIPMENT_MANUFACTURING',
  /** Digital economy (数字经济). */
  DigitalEconomy: 'DIGITAL_ECONOMY',
  /** Trade (贸易). */
  Trade: 'TRADE',
  /** Finance (金融). */
  Finance: 'FINANCE',
  /** Agriculture and food (农业食品). */
  AgriFood: 'AGRI_FOOD',
  /** Research and development (科研). */
  Research: 'RESEARCH',
  /** Education and training services (教育培训). */
  EducationTraining: 'EDUCATION_TRAINING',
  /** Anything else (其他). */
  Other: 'OTHER'
} as const;

export type SectorCode = typeof SectorCode[keyof typeof SectorCode];
/** What a signed deal is. */
export const DealKind = {
  /** A cooperation agreement (合作协议). */
  CooperationAgreement: 'COOPERATION_AGREEMENT',
  /** A settlement (入驻) contract: a tenant agrees to move into a park or hub. */
  SettlementContract: 'SETTLEMENT_CONTRACT',
  /** An investment agreement. */
  InvestmentAgreement: 'INVESTMENT_AGREEMENT',
  /** A memorandum of understanding. */
  Mou: 'MOU'
} as const;

export type DealKind = typeof DealKind[keyof typeof DealKind];
/** Matches records by global ID. */
export type IdFilter = {
  /** Exactly this ID. */
  eq?: string | number | null | undefined;
  /** Any of these IDs. */
  in?: Array<string | number> | null | undefined;
};

/** Matches a short text code exactly (a country code, a slug). */
export type StringFilter = {
  /** Exactly this value. */
  eq?: string | null | undefined;
  /** Any of these values. */
  in?: Array<string> | null | undefined;
  /** true: only records where the value is unknown; false: only where it is known. */
  isNull?: boolean | null | undefined;
};

/** Matches a date range (bounds as given: gt/lt exclusive, gte/lte inclusive). */
export type DateFilter = {
  /** On this day. */
  eq?: string | null | undefined;
  /** After this day. */
  gt?: string | null | undefined;
  /** On or after this day. */
  gte?: string | null | undefined;
  /** Before this day. */
  lt?: string | null | undefined;
  /** On or before this day. */
  lte?: string | null | undefined;
  /** true: only records where the date is unknown; false: only where it is known. */
  isNull?: boolean | null | undefined;
};

/** Matches an amount of money in US dollars (the stored USD equivalent), as exact decimals. */
export type MoneyUsdFilter = {
  /** More than this many US dollars. */
  gt?: string | null | undefined;
  /** At least this many US dollars. */
  gte?: string | null | undefined;
  /** Less than this many US dollars. */
  lt?: string | null | undefined;
  /** At most this many US dollars. */
  lte?: string | null | undefined;
  /** true: only records whose amount is unknown; false: only where it is known. */
  isNull?: boolean | null | undefined;
};

/** Matches a number range. */
export type FloatFilter = {
  /** More than this. */
  gt?: number | null | undefined;
  /** At least this. */
  gte?: number | null | undefined;
  /** Less than this. */
  lt?: number | null | undefined;
  /** At most this. */
  lte?: number | null | undefined;
  /** true: only records where the number is unknown; false: only where it is known. */
  isNull?: boolean | null | undefined;
};

/** Matches provenance. Real data only: `{ in: [VERIFIED, RECORDED] }`. */
export type VerificationFilter = {
  /** Exactly this provenance. */
  eq?: Verification | null | undefined;
  /** Any of these. */
  in?: Array<Verification> | null | undefined;
};

/** Matches a sector of the taxonomy. */
export type SectorFilter = {
  /** Exactly this sector. */
  eq?: SectorCode | null | undefined;
  /** Any of these sectors. */
  in?: Array<SectorCode> | null | undefined;
};

/** Matches a park kind. */
export type ParkKindFilter = {
  /** Exactly this kind. */
  eq?: ParkKind | null | undefined;
  /** Any of these kinds. */
  in?: Array<ParkKind> | null | undefined;
};

/** Matches a park status. */
export type ParkStatusFilter = {
  /** Exactly this status. */
  eq?: ParkStatus | null | undefined;
  /** Any of these statuses. */
  in?: Array<ParkStatus> | null | undefined;
};

/** Matches an organization kind. */
export type OrganizationKindFilter = {
  /** Exactly this kind. */
  eq?: OrganizationKind | null | undefined;
  /** Any of these kinds. */
  in?: Array<OrganizationKind> | null | undefined;
};

/** Matches an investment stage. */
export type InvestmentStageFilter = {
  /** Exactly this stage. */
  eq?: InvestmentStage | null | undefined;
  /** Any of these stages. */
  in?: Array<InvestmentStage> | null | undefined;
};

/** Matches a deal kind. */
export type DealKindFilter = {
  /** Exactly this kind. */
  eq?: DealKind | null | undefined;
  /** Any of these kinds. */
  in?: Array<DealKind> | null | undefined;
};

/**
 * Which parks to list. Conditions of one object all apply (AND); `or` and `not` combine nested filters. Text search
 * is case-insensitive over the Chinese and English names, and `%` and `_` match themselves.
 */
export type ParkFilter = {
  /** All of these filters. */
  and?: Array<ParkFilter> | null | undefined;
  /** Any of these filters. */
  or?: Array<ParkFilter> | null | undefined;
  /** Not this filter. */
  not?: ParkFilter | null | undefined;
  /** By global ID. */
  id?: IdFilter | null | undefined;
  /** By slug. */
  slug?: StringFilter | null | undefined;
  /** Text contained in the Chinese or English name. */
  search?: string | null | undefined;
  /** By kind. */
  kind?: ParkKindFilter | null | undefined;
  /** By status. */
  status?: ParkStatusFilter | null | undefined;
  /** By provenance. */
  verification?: VerificationFilter | null | undefined;
  /** Parks with any of these focus sectors. */
  focusSector?: SectorFilter | null | undefined;
  /** Parks whose parent matches. */
  parent?: ParkFilter | null | undefined;
  /** By planned land area in mu. */
  landAreaMu?: FloatFilter | null | undefined;
  /** By planned investment in US dollars. */
  plannedInvestmentUsd?: MoneyUsdFilter | null | undefined;
};

/** Which organizations to list (see ParkFilter for how conditions combine and how search matches). */
export type OrganizationFilter = {
  /** All of these filters. */
  and?: Array<OrganizationFilter> | null | undefined;
  /** Any of these filters. */
  or?: Array<OrganizationFilter> | null | undefined;
  /** Not this filter. */
  not?: OrganizationFilter | null | undefined;
  /** By global ID. */
  id?: IdFilter | null | undefined;
  /** Text contained in the Chinese or English name. */
  search?: string | null | undefined;
  /** By ISO 3166-1 alpha-2 country code; isNull for unknown countries. */
  country?: StringFilter | null | undefined;
  /** By kind. */
  kind?: OrganizationKindFilter | null | undefined;
  /** By provenance. */
  verification?: VerificationFilter | null | undefined;
  /** Organizations working in any of these sectors. */
  sector?: SectorFilter | null | undefined;
};

/** Which investments to list (see ParkFilter for how conditions combine). */
export type InvestmentFilter = {
  /** All of these filters. */
  and?: Array<InvestmentFilter> | null | undefined;
  /** Any of these filters. */
  or?: Array<InvestmentFilter> | null | undefined;
  /** Not this filter. */
  not?: InvestmentFilter | null | undefined;
  /** By global ID. */
  id?: IdFilter | null | undefined;
  /** By provenance. */
  verification?: VerificationFilter | null | undefined;
  /** By stage. */
  stage?: InvestmentStageFilter | null | undefined;
  /** By the project's sector. */
  sector?: SectorFilter | null | undefined;
  /** By committed amount in US dollars. */
  amountUsd?: MoneyUsdFilter | null | undefined;
  /** By announcement date. */
  announcedOn?: DateFilter | null | undefined;
  /** Investments into parks that match. */
  park?: ParkFilter | null | undefined;
  /** Investments by organizations that match (e.g. by country). */
  organization?: OrganizationFilter | null | undefined;
};

/** Which deals to list (see ParkFilter for how conditions combine and how search matches). */
export type DealFilter = {
  /** All of these filters. */
  and?: Array<DealFilter> | null | undefined;
  /** Any of these filters. */
  or?: Array<DealFilter> | null | undefined;
  /** Not this filter. */
  not?: DealFilter | null | undefined;
  /** By global ID. */
  id?: IdFilter | null | undefined;
  /** Text contained in the Chinese or English title. */
  search?: string | null | undefined;
  /** By provenance. */
  verification?: VerificationFilter | null | undefined;
  /** By kind. */
  kind?: DealKindFilter | null | undefined;
  /** By signing date. */
  signedOn?: DateFilter | null | undefined;
  /** By value in US dollars. */
  valueUsd?: MoneyUsdFilter | null | undefined;
  /** Deals for parks that match. */
  park?: ParkFilter | null | undefined;
  /** Deals with at least one named party that matches (e.g. by country). */
  party?: OrganizationFilter | null | undefined;
};

/** Matches a tenancy status. */
export type TenancyStatusFilter = {
  /** Exactly this status. */
  eq?: TenancyStatus | null | undefined;
  /** Any of these statuses. */
  in?: Array<TenancyStatus> | null | undefined;
};

/** Which tenancies to list (see ParkFilter for how conditions combine). */
export type TenancyFilter = {
  /** All of these filters. */
  and?: Array<TenancyFilter> | null | undefined;
  /** Any of these filters. */
  or?: Array<TenancyFilter> | null | undefined;
  /** Not this filter. */
  not?: TenancyFilter | null | undefined;
  /** By global ID. */
  id?: IdFilter | null | undefined;
  /** By provenance. */
  verification?: VerificationFilter | null | undefined;
  /** By status. */
  status?: TenancyStatusFilter | null | undefined;
  /** By signing date. */
  signedOn?: DateFilter | null | undefined;
  /** By leased area in square metres. */
  leasedAreaM2?: FloatFilter | null | undefined;
  /** Tenancies of organizations that match (e.g. by country). */
  organization?: OrganizationFilter | null | undefined;
  /** Tenancies in parks that match. */
  park?: ParkFilter | null | undefined;
};

/** Where an investment project stands, from first contact to operation. */
export const InvestmentStage = {
  /** A lead: interest shown, nothing agreed. */
  Lead: 'LEAD',
  /** In negotiation. */
  Negotiating: 'NEGOTIATING',
  /** Agreement signed. */
  Signed: 'SIGNED',
  /** Under construction. */
  UnderConstruction: 'UNDER_CONSTRUCTION',
  /** Operating. */
  Operating: 'OPERATING'
} as const;

export type InvestmentStage = typeof InvestmentStage[keyof typeof InvestmentStage];
/** What kind of body an organization is. */
export const OrganizationKind = {
  /** A private or listed company. */
  Company: 'COMPANY',
  /** A state-owned enterprise (国企). */
  StateOwnedEnterprise: 'STATE_OWNED_ENTERPRISE',
  /** A government body or management committee (管委). */
  GovernmentBody: 'GOVERNMENT_BODY',
  /** A research institute or academy. */
  ResearchInstitute: 'RESEARCH_INSTITUTE',
  /** An alliance or association of members. */
  Alliance: 'ALLIANCE',
  /** An economic zone promoting itself (e.g. Ras Al Khaimah Economic Zone). */
  EconomicZone: 'ECONOMIC_ZONE'
} as const;

export type OrganizationKind = typeof OrganizationKind[keyof typeof OrganizationKind];
/** What a park record is. */
export const ParkKind = {
  /** An industrial park with land for tenants, or a zone of parks (上合示范区). */
  IndustrialPark: 'INDUSTRIAL_PARK',
  /** A logistics hub, rail assembly center or multimodal transport center. */
  LogisticsHub: 'LOGISTICS_HUB',
  /** A service platform, office or initiative (operations center, data service zone, liaison point, the 上合码 credit initiative). */
  Platform: 'PLATFORM'
} as const;

export type ParkKind = typeof ParkKind[keyof typeof ParkKind];
/** How far a park has come. Construction completed (竣工) is not the same as operating; planned (规划) is not built. */
export const ParkStatus = {
  /** Planned (规划), not yet under construction. */
  Planned: 'PLANNED',
  /** Under construction (在建). */
  UnderConstruction: 'UNDER_CONSTRUCTION',
  /** Construction completed (竣工); operation not stated. */
  ConstructionCompleted: 'CONSTRUCTION_COMPLETED',
  /** Operating (运营). */
  Operating: 'OPERATING',
  /** The source does not say. */
  Unknown: 'UNKNOWN'
} as const;

export type ParkStatus = typeof ParkStatus[keyof typeof ParkStatus];
/** An inclusive range of calendar days for statistics. */
export type PeriodInput = {
  /** First day of the period. */
  from: string;
  /** Last day of the period (inclusive). */
  to: string;
};

/** What investment statistics can be grouped by (one or two at a time). */
export const InvestmentGroupBy = {
  /** The park invested in. */
  Park: 'PARK',
  /** The project's sector. */
  Sector: 'SECTOR',
  /** The investor's country (unknown when the investor or its country is not stated). */
  SourceCountry: 'SOURCE_COUNTRY',
  /** The project's stage. */
  Stage: 'STAGE',
  /** The kind of investor (company, state-owned enterprise, ...). */
  OrganizationKind: 'ORGANIZATION_KIND',
  /** Calendar year of the announcement. */
  Year: 'YEAR',
  /** Calendar quarter of the announcement. */
  Quarter: 'QUARTER',
  /** Calendar month of the announcement. */
  Month: 'MONTH'
} as const;

export type InvestmentGroupBy = typeof InvestmentGroupBy[keyof typeof InvestmentGroupBy];
/** What deal statistics can be grouped by (one or two at a time). */
export const DealGroupBy = {
  /** The park the deal concerns (unknown when none). */
  Park: 'PARK',
  /** The kind of agreement. */
  Kind: 'KIND',
  /** The event at which the deal was signed (unknown when none). */
  Event: 'EVENT',
  /** Calendar year of signing. */
  Year: 'YEAR',
  /** Calendar quarter of signing. */
  Quarter: 'QUARTER',
  /** Calendar month of signing. */
  Month: 'MONTH'
} as const;

export type DealGroupBy = typeof DealGroupBy[keyof typeof DealGroupBy];
/** Where an organization is in its tenancy of a park. */
export const TenancyStatus = {
  /** Settlement (入驻) contract signed. */
  Signed: 'SIGNED',
  /** Moved in. */
  MovedIn: 'MOVED_IN',
  /** Operating in the park. */
  Operating: 'OPERATING',
  /** Left the park. */
  Exited: 'EXITED'
} as const;

export type TenancyStatus = typeof TenancyStatus[keyof typeof TenancyStatus];
export type BenchInvestmentStatsQueryVariables = Exact<{
  filter?: InvestmentFilter | null | undefined;
  period?: PeriodInput | null | undefined;
  groupBy?: Array<InvestmentGroupBy> | InvestmentGroupBy | null | undefined;
  currency?: string | null | undefined;
}>;


export type BenchInvestmentStatsQuery = { investmentStats: { follows: Array<string>, totals: { count: number, valuedCount: number, total: string | null, includesDemo: boolean }, buckets: Array<{ key: Array<{ dimension: string, value: string | null, partial: boolean }>, figures: { count: number, valuedCount: number, total: string | null, includesDemo: boolean } }> } };

export type BenchDealStatsQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
  period?: PeriodInput | null | undefined;
  groupBy?: Array<DealGroupBy> | DealGroupBy | null | undefined;
  currency?: string | null | undefined;
}>;


export type BenchDealStatsQuery = { dealStats: { follows: Array<string>, totals: { count: number, parties: number, includesDemo: boolean }, buckets: Array<{ key: Array<{ dimension: string, value: string | null, partial: boolean }>, figures: { count: number, valuedCount: number, total: string | null, includesDemo: boolean } }> } };

export type BenchTenancyStatsQueryVariables = Exact<{
  filter?: TenancyFilter | null | undefined;
  period?: PeriodInput | null | undefined;
}>;


export type BenchTenancyStatsQuery = { tenancyStats: { follows: Array<string>, totals: { tenants: number, includesDemo: boolean } } };

export type BenchTenantSeriesQueryVariables = Exact<{
  parks?: ParkFilter | null | undefined;
  tenants?: OrganizationFilter | null | undefined;
  period: PeriodInput;
}>;


export type BenchTenantSeriesQuery = { tenantSeries: Array<{ key: string, tenants: number }> };

export type BenchParkStatsQueryVariables = Exact<{
  filter?: ParkFilter | null | undefined;
  period?: PeriodInput | null | undefined;
  currency?: string | null | undefined;
}>;


export type BenchParkStatsQuery = { parkStats: { totalCount: number, nodes: Array<{ park: { id: string }, figures: { tenants: number, committedInvestments: number, committedInvestment: string | null, deals: number } }> } };

export type BenchFilterValuesQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchFilterValuesQuery = { parks: { buckets: Array<{ key: Array<{ value: string | null }>, figures: { count: number } }> }, sectors: { buckets: Array<{ key: Array<{ value: string | null }>, figures: { count: number } }> }, countries: { buckets: Array<{ key: Array<{ value: string | null }>, figures: { count: number } }> }, stages: { buckets: Array<{ key: Array<{ value: string | null }>, figures: { count: number } }> }, kinds: { buckets: Array<{ key: Array<{ value: string | null }>, figures: { count: number } }> } };

export type BenchBucketFragment = { buckets: Array<{ key: Array<{ value: string | null }>, figures: { count: number } }> };

export const BenchBucketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchBucket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<BenchBucketFragment, unknown>;
export const BenchInvestmentStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchInvestmentStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentGroupBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investmentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follows"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"valuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"includesDemo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"valuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"includesDemo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchInvestmentStatsQuery, BenchInvestmentStatsQueryVariables>;
export const BenchDealStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchDealStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealGroupBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follows"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"parties"}},{"kind":"Field","name":{"kind":"Name","value":"includesDemo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"valuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"includesDemo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchDealStatsQuery, BenchDealStatsQueryVariables>;
export const BenchTenancyStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchTenancyStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TenancyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenancyStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follows"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"}},{"kind":"Field","name":{"kind":"Name","value":"includesDemo"}}]}}]}}]}}]} as unknown as DocumentNode<BenchTenancyStatsQuery, BenchTenancyStatsQueryVariables>;
export const BenchTenantSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchTenantSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parks"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenants"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"grain"},"value":{"kind":"EnumValue","value":"QUARTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"tenants"}}]}}]}}]} as unknown as DocumentNode<BenchTenantSeriesQuery, BenchTenantSeriesQueryVariables>;
export const BenchParkStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchParkStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"}},{"kind":"Field","name":{"kind":"Name","value":"committedInvestments"}},{"kind":"Field","name":{"kind":"Name","value":"committedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchParkStatsQuery, BenchParkStatsQueryVariables>;
export const BenchFilterValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchFilterValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"parks"},"name":{"kind":"Name","value":"investmentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PARK"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchBucket"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sectors"},"name":{"kind":"Name","value":"investmentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SECTOR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchBucket"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"countries"},"name":{"kind":"Name","value":"investmentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SOURCE_COUNTRY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchBucket"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"stages"},"name":{"kind":"Name","value":"investmentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STAGE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchBucket"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kinds"},"name":{"kind":"Name","value":"investmentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANIZATION_KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchBucket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchBucket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<BenchFilterValuesQuery, BenchFilterValuesQueryVariables>;