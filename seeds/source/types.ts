// Shape of the source's records: plain data, mapped to entities by the loader (seeds/loader.ts).

import type {
  SectorCode,
  ParkKind,
  ParkStatus,
  FacilityStatus,
  OrganizationKind,
  TenancyStatus,
  DealKind,
  DealPartyRole,
  EventParticipantRole,
} from '../../server/src/domain/vocabulary.js';
export {
  SECTOR_CODES,
  PARK_KINDS,
  PARK_STATUSES,
  FACILITY_STATUSES,
  ORGANIZATION_KINDS,
  TENANCY_STATUSES,
  INVESTMENT_STAGES,
  DEAL_KINDS,
  DEAL_PARTY_ROLES,
  EVENT_PARTICIPANT_ROLES,
  VERIFICATIONS,
} from '../../server/src/domain/vocabulary.js';
export type {
  SectorCode,
  ParkKind,
  ParkStatus,
  FacilityStatus,
  OrganizationKind,
  TenancyStatus,
  InvestmentStage,
  DealKind,
  DealPartyRole,
  EventParticipantRole,
  Verification,
} from '../../server/src/domain/vocabulary.js';

/** A verbatim sentence (or clause) of the source and the record fields it supports. */
export interface SeedCitation {
  /** Copied character for character from seeds/source/article.txt (a substring of it). */
  quote: string;
  /** Names of the record's fields (as in the Seed* interfaces below) that the quote supports. */
  fields: string[];
}

/** Money in major units as a decimal string ("1000000000" = one billion) with its ISO 4217 currency. */
export interface SeedMoney {
  amount: string;
  currency: string;
}

/** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source is, no more. */
export type PartialDate = string;

export interface SeedFacility {
  nameZh: string;
  nameEn: string;
  status: FacilityStatus;
}

export interface SeedPark {
  slug: string;
  kind: ParkKind;
  nameZh: string;
  nameEn: string;
  parentSlug?: string;
  positioningZh?: string;
  positioningEn?: string;
  focusSectors: SectorCode[];
  status: ParkStatus;
  /** Descriptive location text (general knowledge is fine here; it is not a quoted field unless cited). */
  locationZh?: string;
  locationEn?: string;
  /** Approximate coordinates placed by hand for schematic maps; never from the source. */
  latitude?: number;
  longitude?: number;
  landAreaMu?: number;
  completedOn?: PartialDate;
  unveiledOn?: PartialDate;
  facilities?: SeedFacility[];
  plannedInvestment?: SeedMoney;
  expectedAnnualOutput?: SeedMoney;
  expectedAnnualProfit?: SeedMoney;
  /** The date the park-level money figures refer to (used to pick the exchange rate). */
  figuresAsOf?: string;
  citations: SeedCitation[];
}

export interface SeedOrganization {
  key: string;
  nameZh: string;
  nameEn: string;
  /** ISO 3166-1 alpha-2, or null when the source does not say. */
  country: string | null;
  kind: OrganizationKind;
  sectors: SectorCode[];
  website?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  citations: SeedCitation[];
}

export interface SeedEvent {
  key: string;
  nameZh: string;
  nameEn: string;
  parentKey?: string;
  startsOn?: string;
  partOfDayZh?: string;
  partOfDayEn?: string;
  venueZh?: string;
  venueEn?: string;
  sector?: SectorCode;
  themeZh?: string;
  themeEn?: string;
  /** Who hosted, presented or took part: a named organization, or unnamed ones of one country. */
  participants?: SeedEventParticipant[];
  citations: SeedCitation[];
}

export interface SeedEventParticipant {
  organizationKey?: string;
  /** ISO 3166-1 alpha-2 of unnamed participants (only when no organization is named). */
  country?: string;
  role: EventParticipantRole;
  descriptionZh?: string;
  descriptionEn?: string;
  /** Named in a list the source ends with 等 (and others): more took part than are listed. */
  andOthers?: boolean;
}

export interface SeedDealParty {
  organizationKey: string;
  role: DealPartyRole;
}

export interface SeedDeal {
  key: string;
  kind: DealKind;
  titleZh: string;
  titleEn: string;
  signedOn: string;
  parkSlug?: string;
  eventKey?: string;
  parties: SeedDealParty[];
  /** Counterparties the source counts but does not name. */
  unnamedPartyCount: number;
  value?: SeedMoney;
  citations: SeedCitation[];
}

export interface SeedTenancy {
  key: string;
  organizationKey: string;
  parkSlug: string;
  status: TenancyStatus;
  signedOn?: string;
  movedInOn?: string;
  leasedAreaM2?: number;
  citations: SeedCitation[];
}

export interface SeedSource {
  key: string;
  publisherZh: string;
  publisherEn: string;
  author: string;
  /** Date of the event the report covers (the report has no publication date of its own). */
  eventDate: string;
  publishedOn?: string;
  url?: string;
}

export interface SourceRecords {
  source: SeedSource;
  parks: SeedPark[];
  organizations: SeedOrganization[];
  events: SeedEvent[];
  deals: SeedDeal[];
  tenancies: SeedTenancy[];
}
