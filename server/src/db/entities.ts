import { SavedView } from '../modules/views/saved-view.entity.js';
import { ApiKey, Officer, OfficerSession, ServerSetting } from '../modules/access/access.entities.js';
import { AuditEntry, IdempotencyKey } from '../modules/audit/audit.entities.js';
import { Deal, DealParty } from '../modules/deals/deal.entity.js';
import { Event, EventParticipant } from '../modules/events/event.entity.js';
import { Investment } from '../modules/investments/investment.entity.js';
import { ExchangeRate } from '../modules/money/exchange-rate.entity.js';
import { Organization, OrganizationSector } from '../modules/organizations/organization.entity.js';
import { Park, ParkFocusSector } from '../modules/parks/park.entity.js';
import { Citation, Source } from '../modules/provenance/source.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { Tenancy } from '../modules/tenancies/tenancy.entity.js';
import { InvestmentSummary } from '../modules/stats/summary.entity.js';
import { DataVersion } from './data-version.js';
import { ChangeLog } from '../modules/changes/change-log.entity.js';
import { Enquiry } from '../modules/enquiries/enquiry.entity.js';
import { ImportJob } from '../modules/imports/import-job.entity.js';

export const entities = [
  Sector,
  ExchangeRate,
  Source,
  Citation,
  Park,
  ParkFocusSector,
  Organization,
  OrganizationSector,
  Tenancy,
  Investment,
  Event,
  EventParticipant,
  Deal,
  DealParty,
  ApiKey,
  Officer,
  OfficerSession,
  ServerSetting,
  AuditEntry,
  IdempotencyKey,
  SavedView,
  InvestmentSummary,
  DataVersion,
  ChangeLog,
  Enquiry,
  ImportJob,
];
