/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
/** How much each criterion matters to a prospective tenant, 0 (ignore) to 10; each defaults to 1. */
export type FitWeightsInput = {
  /** The park's focus sectors include the tenant's sector. */
  sectorMatch?: number | null | undefined;
  /** The park's planned land covers the land needed. */
  land?: number | null | undefined;
  /** Organizations of the same sector already at the park (tenants or investors). */
  neighbours?: number | null | undefined;
  /** Investments and deals at the park in the last 12 months. */
  momentum?: number | null | undefined;
  /** Logistics: a logistics hub, or facilities in the park's family (itself, its parent, its children). */
  logistics?: number | null | undefined;
};

/** What a prospective tenant needs. */
export type ParkFitInput = {
  /** The tenant's sector. */
  sector: SectorCode;
  /** Land needed in mu (亩); give this or landHectares. */
  landMu?: number | null | undefined;
  /** Land needed in hectares (1 ha = 15 mu); give this or landMu. */
  landHectares?: number | null | undefined;
  /** How much each criterion matters. */
  weights?: FitWeightsInput | null | undefined;
  /** Count only real (VERIFIED and RECORDED) tenants, investments and deals. */
  realOnly?: boolean | null | undefined;
};

/** A criterion of the fit score. */
export const FitCriterion = {
  /** Sector match: 1 when the park's focus sectors include the sector, 0 when they do not; unknown when none are recorded. */
  SectorMatch: 'SECTOR_MATCH',
  /** Land: planned land divided by the land needed, at most 1; unknown when the park's land is not stated. */
  Land: 'LAND',
  /** Neighbours: organizations of the sector at the park, divided by the most at any park (0 when none anywhere). */
  Neighbours: 'NEIGHBOURS',
  /** Momentum: investments announced and deals signed in the last 12 months, divided by the most at any park. */
  Momentum: 'MOMENTUM',
  /** Logistics: 1 for a logistics hub; otherwise facilities in the park's family (operating 1, planned or being built 0.5, status unknown 0.25) over 3, at most 1; unknown when none are recorded. */
  Logistics: 'LOGISTICS'
} as const;

export type FitCriterion = typeof FitCriterion[keyof typeof FitCriterion];
export type FitRankingQueryVariables = Exact<{
  i: ParkFitInput;
}>;


export type FitRankingQuery = { parkFit: Array<{ rank: number, score: number | null, confidence: number, park: { id: string, slug: string }, parts: Array<{ criterion: FitCriterion, weight: number, score: number | null, points: number }> }> };

export type FitRankQueryVariables = Exact<{
  i: ParkFitInput;
}>;


export type FitRankQuery = { parkFit: Array<{ rank: number }> };

export type EnergyValleyMoneyQueryVariables = Exact<{ [key: string]: never; }>;


export type EnergyValleyMoneyQuery = { park: { expectedAnnualOutput: { amountUsd: string | null, usdRate: { usdPerUnit: string } | null } | null, expectedAnnualProfit: { amountUsd: string | null } | null } | null };

export type TenantsComparedQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantsComparedQuery = { parkStats: { nodes: Array<{ park: { id: string }, figures: { tenants: number, tenantsIncludeDemo: boolean } }> } };

export type EdgeParksQueryVariables = Exact<{ [key: string]: never; }>;


export type EdgeParksQuery = { parks: { nodes: Array<{ id: string, name: { en: string } }> } };


export const FitRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FitRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkFitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkFit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<FitRankingQuery, FitRankingQueryVariables>;
export const FitRankDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FitRank"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkFitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkFit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode<FitRankQuery, FitRankQueryVariables>;
export const EnergyValleyMoneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnergyValleyMoney"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"sco-energy-valley","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedAnnualOutput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usdPerUnit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedAnnualProfit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}}]}}]}}]} as unknown as DocumentNode<EnergyValleyMoneyQuery, EnergyValleyMoneyQueryVariables>;
export const TenantsComparedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantsCompared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"}},{"kind":"Field","name":{"kind":"Name","value":"tenantsIncludeDemo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantsComparedQuery, TenantsComparedQueryVariables>;
export const EdgeParksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeParks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Edge ","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EdgeParksQuery, EdgeParksQueryVariables>;