// The product's closed vocabularies: the single list each GraphQL enum, column check and seed is checked against.

export const SECTOR_CODES = [
  'LOGISTICS',
  'NEW_ENERGY',
  'EQUIPMENT_MANUFACTURING',
  'DIGITAL_ECONOMY',
  'TRADE',
  'FINANCE',
  'AGRI_FOOD',
  'RESEARCH',
  'EDUCATION_TRAINING',
  'OTHER',
] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export const PARK_KINDS = ['INDUSTRIAL_PARK', 'LOGISTICS_HUB', 'PLATFORM'] as const;
export type ParkKind = (typeof PARK_KINDS)[number];

export const PARK_STATUSES = ['PLANNED', 'UNDER_CONSTRUCTION', 'CONSTRUCTION_COMPLETED', 'OPERATING', 'UNKNOWN'] as const;
export type ParkStatus = (typeof PARK_STATUSES)[number];

export const FACILITY_STATUSES = ['PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING', 'UNKNOWN'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export const ORGANIZATION_KINDS = ['COMPANY', 'STATE_OWNED_ENTERPRISE', 'GOVERNMENT_BODY', 'RESEARCH_INSTITUTE', 'ALLIANCE', 'ECONOMIC_ZONE'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const TENANCY_STATUSES = ['SIGNED', 'MOVED_IN', 'OPERATING', 'EXITED'] as const;
export type TenancyStatus = (typeof TENANCY_STATUSES)[number];

export const INVESTMENT_STAGES = ['LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING'] as const;
export type InvestmentStage = (typeof INVESTMENT_STAGES)[number];

export const DEAL_KINDS = ['COOPERATION_AGREEMENT', 'SETTLEMENT_CONTRACT', 'INVESTMENT_AGREEMENT', 'MOU'] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

export const DEAL_PARTY_ROLES = ['PARTY', 'GOVERNMENT', 'PARK_OPERATOR', 'TENANT', 'INVESTOR'] as const;
export type DealPartyRole = (typeof DEAL_PARTY_ROLES)[number];

/** What a participant did at an event: hosted it, presented (推介, 介绍, 分享), or took part. */
export const EVENT_PARTICIPANT_ROLES = ['HOST', 'PRESENTER', 'PARTICIPANT'] as const;
export type EventParticipantRole = (typeof EVENT_PARTICIPANT_ROLES)[number];

export const VERIFICATIONS = ['VERIFIED', 'RECORDED', 'DEMO'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

/** Who may do what, in increasing power: anonymous visitors, read keys, officers (write), admins (manage). */
export const ROLES = ['ANONYMOUS', 'READER', 'OFFICER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const API_KEY_ROLES = ['READER', 'OFFICER'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export const OFFICER_ROLES = ['OFFICER', 'ADMIN'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/**
 * Record changes (CREATE, UPDATE, DELETE) and security events: an API key revoked, an officer disabled or enabled,
 * a password changed, a failed or throttled sign-in, a sign-out, every session of an account revoked.
 */
export const AUDIT_OPERATIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'REVOKE',
  'DISABLE',
  'ENABLE',
  'PASSWORD_CHANGE',
  'SIGN_IN_FAILED',
  'SIGN_IN_THROTTLED',
  'SIGN_OUT',
  'SESSIONS_REVOKED',
  'ERASE',
] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/** Audit rows of these record types are security events, which only admins read. */
export const SECURITY_RECORD_TYPES = ['ApiKey', 'Officer', 'SavedView'] as const;

/** Why an officer's session (refresh token) ended; only a ROTATED one coming back is reuse. */
export const SESSION_END_REASONS = ['ROTATED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'DISABLED', 'REUSE_DETECTED'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];
