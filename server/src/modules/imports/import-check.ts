// Checking an import file before anything is written: every row with the rules the mutations apply (the same
// InputCheck for text, money, dates and numbers; the text rule; the closed vocabularies), every reference to another
// record (park, organization, sector, event) looked up in a few statements for the whole file, and each row matched to
// the record it creates or updates. Every problem is reported with its row and column; the plan lists what each row
// does (create, update, or nothing because the file says what the database already holds).
import type { EntitySchema, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { all as allCountries } from 'iso-3166-1';
import { databaseIdOrNull, type NumericIdType } from '../../graphql/global-id.js';
import { textProblem } from '../../graphql/text-rule.js';
import {
  countryLabel,
  DEAL_KIND_LABELS,
  DEAL_PARTY_ROLE_LABELS,
  INVESTMENT_STAGE_LABELS,
  ORGANIZATION_KIND_LABELS,
  SECTOR_RU,
  TENANCY_STATUS_LABELS,
  type Label,
} from '../../domain/labels.js';
import { DEAL_KINDS, DEAL_PARTY_ROLES, INVESTMENT_STAGES, ORGANIZATION_KINDS, TENANCY_STATUSES, type SectorCode } from '../../domain/vocabulary.js';
import { Deal, DealParty } from '../deals/deal.entity.js';
import { Event } from '../events/event.entity.js';
import { Investment } from '../investments/investment.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Park } from '../parks/park.entity.js';
import { Citation } from '../provenance/source.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Tenancy } from '../tenancies/tenancy.entity.js';
import { InputCheck } from '../writes/input-check.js';
import { fieldOfProp, snapshot } from '../writes/record-writer.js';
import type { ImportFile, ImportKind, ImportProblem, ImportRow, ImportSheet, ImportValue } from './import-types.js';

/** How many values one lookup statement carries (well under both dialects' parameter limits). */
const LOOKUP_CHUNK = 500;
/** The longest reference (a record's externalKey column). */
const MAX_REFERENCE = 120;

export type MoneyValueIn = { minor: bigint; currency: string } | null;

/** What one row of the file does. */
export interface PlannedRow {
  sheet: string;
  line: number;
  action: 'create' | 'update' | 'unchanged';
  /** The record's database id (update, unchanged). */
  id: number | null;
  /** The version the check saw (update): the write refuses the row if the record changed since. */
  version: number | null;
  /** The reference to set: a new record's, or a changed one. */
  externalKey: string | null;
  /** The record's columns the file sets, by entity property (references as ids or codes). */
  values: Record<string, unknown>;
  /** Money columns the file sets, by prefix (amount, value, …). */
  money: Record<string, MoneyValueIn>;
  /** Deals: the parties to set (null: leave the deal's parties alone). */
  parties: { organization: number; role: string }[] | null;
  /** Organizations: the sector codes to set, sorted (null: leave the organization's sectors alone). */
  sectors: SectorCode[] | null;
}

export interface ImportPlan {
  kind: ImportKind;
  rows: PlannedRow[];
  problems: ImportProblem[];
  counts: { created: number; updated: number; unchanged: number };
}

/** How each kind's rows become record values; the shared part (identity, lookups, comparison) is below. */
interface KindSpec {
  type: 'Investment' | 'Deal' | 'Organization' | 'Tenancy';
  /** The record named in a sentence ("the ID of an investment"). */
  noun: string;
  entity: EntitySchema<{ id: number; version: number; externalKey?: string | null }, never>;
  /** Money prefixes, each with its currency column `<prefix>Currency`. */
  money: readonly string[];
  /** Columns that may not be empty (on create, and on update when the file has the column). */
  required: readonly string[];
  /** The lookups the kind's columns need. */
  refs: { park?: string; organization?: string[]; event?: string };
  /** A row's own values (not references, not money): the InputCheck and vocabularies. */
  values: (row: Cells, check: InputCheck, problem: (column: string, code: string, message: string) => void) => Record<string, unknown>;
  /**
   * The rules over a row's values once its references are resolved, with the record it updates as stored (undefined
   * for a new one): what the kind's mutations check across fields.
   */
  rules?: (
    values: Record<string, unknown>,
    stored: Record<string, unknown> | undefined,
    check: InputCheck,
    problem: (column: string, code: string, message: string) => void,
  ) => void;
}

/** A row's cells by key, as the check reads them. */
class Cells {
  constructor(
    private readonly row: ImportRow,
    private readonly columns: ReadonlySet<string>,
  ) {}
  has(key: string) {
    return this.columns.has(key);
  }
  raw(key: string): ImportValue {
    return this.row.values[key] ?? null;
  }
  /** The cell as trimmed text, or null when empty. */
  text(key: string): string | null {
    const v = this.raw(key);
    if (v === null) return null;
    const s = typeof v === 'number' ? numberText(v) : v.trim();
    return s === '' ? null : s;
  }
}

/** A number as its shortest decimal text (never exponent notation for the amounts a sheet holds). */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(n);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar day as YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

const fold = (s: string) => s.trim().toLocaleLowerCase('en');

/** A code of a closed vocabulary by its code or its label in any language (case and spacing ignored). */
function vocabulary<C extends string>(codes: readonly C[], labels: Record<C, Label>): (text: string) => C | null {
  const map = new Map<string, C>();
  for (const c of codes) {
    map.set(fold(c), c);
    map.set(fold(c.replace(/_/g, ' ')), c);
    for (const l of [labels[c].en, labels[c].zh, labels[c].ru]) if (l) map.set(fold(l), c);
  }
  return (text) => map.get(fold(text)) ?? null;
}
const stageOf = vocabulary(INVESTMENT_STAGES, INVESTMENT_STAGE_LABELS);
const dealKindOf = vocabulary(DEAL_KINDS, DEAL_KIND_LABELS);
const partyRoleOf = vocabulary(DEAL_PARTY_ROLES, DEAL_PARTY_ROLE_LABELS);
const organizationKindOf = vocabulary(ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS);
const tenancyStatusOf = vocabulary(TENANCY_STATUSES, TENANCY_STATUS_LABELS);

let countries: Map<string, string> | undefined;
/**
 * A country's ISO 3166-1 alpha-2 code from its code or its name in any language (a template's dropdown offers the
 * names in the reader's language); null when it is neither.
 */
export function countryOf(text: string): string | null {
  if (!countries) {
    countries = new Map();
    for (const { alpha2 } of allCountries()) {
      const label = countryLabel(alpha2);
      for (const name of [label.en, label.zh, label.ru]) if (name && !countries.has(fold(name))) countries.set(fold(name), alpha2);
    }
    // A code wins over a name that happens to spell it.
    for (const { alpha2 } of allCountries()) countries.set(fold(alpha2), alpha2);
  }
  return countries.get(fold(text)) ?? null;
}

/** The cells of a list column: items separated by `;` (or a line break), trimmed, empty ones dropped. */
export function listItems(text: string): string[] {
  return text
    .split(/[;；\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** InputCheck's reasons as the import's problem codes. */
const REASON_CODE: Record<string, string> = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  TOO_SHORT: 'INVALID_VALUE',
  INVALID_CHARACTERS: 'TEXT_RULE',
  UNKNOWN_CURRENCY: 'UNKNOWN_CURRENCY',
  UNKNOWN_COUNTRY: 'INVALID_VALUE',
  NEGATIVE: 'NEGATIVE',
  NOT_A_DECIMAL: 'INVALID_NUMBER',
  TOO_MANY_DECIMALS: 'INVALID_NUMBER',
  TOO_LARGE: 'INVALID_VALUE',
  OUT_OF_RANGE: 'INVALID_VALUE',
  NOT_A_DATE: 'INVALID_DATE',
  DATE_ORDER: 'DATE_ORDER',
  NOT_A_URL: 'INVALID_VALUE',
};

/** An InputCheck path (`amount.currency`) as the import's column key (`amountCurrency`). */
function columnOfPath(path: string): string {
  const [head, tail] = path.split('.');
  if (tail === 'currency') return `${head}Currency`;
  return head;
}

/** A whole number from a cell (a sheet's number, or text), or a reason it is not one. */
function wholeNumber(cells: Cells, key: string, problem: (column: string, code: string, message: string) => void): number | null | undefined {
  if (!cells.has(key)) return undefined;
  const text = cells.text(key);
  if (text === null) return null;
  const n = Number(text.replace(/[\s,]/g, ''));
  if (!Number.isFinite(n) || !Number.isInteger(n)) {
    problem(key, 'INVALID_NUMBER', `"${text}" is not a whole number`);
    return undefined;
  }
  if (n < 0) {
    problem(key, 'NEGATIVE', 'may not be negative');
    return undefined;
  }
  return n;
}

/** A decimal number from a cell (a sheet's number, or text), or a reason it is not one. */
function decimalNumber(cells: Cells, key: string, problem: (column: string, code: string, message: string) => void): number | null | undefined {
  if (!cells.has(key)) return undefined;
  const text = cells.text(key);
  if (text === null) return null;
  const n = Number(text.replace(/[\s,]/g, ''));
  if (!/^[-+]?[\d\s,]*\.?\d*$/.test(text) || !Number.isFinite(n)) {
    problem(key, 'INVALID_NUMBER', `"${text}" is not a number`);
    return undefined;
  }
  if (n < 0) {
    problem(key, 'NEGATIVE', 'may not be negative');
    return undefined;
  }
  return n;
}

function dayCell(cells: Cells, key: string, check: InputCheck, problem: (column: string, code: string, message: string) => void): string | null | undefined {
  if (!cells.has(key)) return undefined;
  const text = cells.text(key);
  if (text === null) return null;
  const before = check.errors.length;
  check.day(key, text);
  if (check.errors.length === before && !isCalendarDay(text)) problem(key, 'INVALID_DATE', `"${text}" is not a day of the calendar`);
  return text;
}

/** A tenancy's day as the order rule compares it: the row's when the file has the column, else the stored one. */
const dayOf = (values: Record<string, unknown>, stored: Record<string, unknown> | undefined, key: string): string | null => {
  const v = key in values ? values[key] : stored?.[key];
  return typeof v === 'string' && isCalendarDay(v) ? v : null;
};

const SPECS: Record<ImportKind, KindSpec> = {
  organizations: {
    type: 'Organization',
    noun: 'an organization',
    entity: Organization as unknown as KindSpec['entity'],
    money: [],
    required: ['nameZh', 'nameEn', 'kind'],
    refs: {},
    values(cells, check, problem) {
      const out: Record<string, unknown> = {};
      for (const key of ['nameZh', 'nameEn', 'nameRu']) if (cells.has(key)) out[key] = check.text(key, cells.text(key), { max: 200 }) ?? null;
      if (cells.has('kind')) {
        const text = cells.text('kind');
        const kind = text === null ? null : organizationKindOf(text);
        if (text !== null && !kind) problem('kind', 'INVALID_VALUE', `"${text}" is not a kind of organization (${ORGANIZATION_KINDS.join(', ')})`);
        out.kind = kind;
      }
      if (cells.has('country')) {
        const text = cells.text('country');
        const code = text === null ? null : countryOf(text);
        if (text !== null && !code) problem('country', 'INVALID_VALUE', `"${text}" is not a country (its ISO 3166-1 alpha-2 code or its name)`);
        out.country = code;
      }
      if (cells.has('website')) {
        // The mutations' rule: an http(s) URL.
        const website = check.text('website', cells.text('website'), { max: 300 }) ?? null;
        if (website && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(website)) check.fail('website', 'NOT_A_URL', 'must be an http(s) URL');
        out.website = website;
      }
      for (const key of ['descriptionZh', 'descriptionEn']) if (cells.has(key)) out[key] = check.text(key, cells.text(key), { max: 5000 }) ?? null;
      return out;
    },
  },
  tenancies: {
    type: 'Tenancy',
    noun: 'a tenancy',
    entity: Tenancy as unknown as KindSpec['entity'],
    money: [],
    required: ['organization', 'park', 'status'],
    refs: { park: 'park', organization: ['organization'] },
    values(cells, check, problem) {
      const out: Record<string, unknown> = {};
      if (cells.has('status')) {
        const text = cells.text('status');
        const status = text === null ? null : tenancyStatusOf(text);
        if (text !== null && !status) problem('status', 'INVALID_VALUE', `"${text}" is not a tenancy's status (${TENANCY_STATUSES.join(', ')})`);
        out.status = status;
      }
      for (const key of ['signedOn', 'movedInOn', 'exitedOn']) {
        const day = dayCell(cells, key, check, problem);
        if (day !== undefined) out[key] = day;
      }
      const area = decimalNumber(cells, 'leasedAreaM2', problem);
      if (area !== undefined) out.leasedAreaM2 = check.number('leasedAreaM2', area, { min: 0, max: 1e8 }) ?? null;
      return out;
    },
    rules(values, stored, check, problem) {
      // As the tenancy mutations: an update cannot move a tenancy to another tenant or park.
      if (stored) {
        for (const [key, what] of [
          ['organization', 'tenant'],
          ['park', 'park'],
        ]) {
          const v = values[key];
          if (v !== undefined && v !== null && v !== stored[key])
            problem(key, 'INVALID_VALUE', `a tenancy cannot move to another ${what}; end it and add a new one`);
        }
      }
      // Dates in order (the exit date may be unknown), against the stored dates the file leaves out.
      const [signed, movedIn, exited] = [dayOf(values, stored, 'signedOn'), dayOf(values, stored, 'movedInOn'), dayOf(values, stored, 'exitedOn')];
      check.order('movedInOn', movedIn, 'signedOn', signed, 'cannot be before the signing date');
      if (movedIn) check.order('exitedOn', exited, 'movedInOn', movedIn, 'cannot be before the move-in date');
      else check.order('exitedOn', exited, 'signedOn', signed, 'cannot be before the signing date');
    },
  },
  investments: {
    type: 'Investment',
    noun: 'an investment',
    entity: Investment as unknown as KindSpec['entity'],
    money: ['amount', 'expectedAnnualOutput'],
    required: ['park', 'sector', 'stage'],
    refs: { park: 'park', organization: ['organization'] },
    values(cells, check, problem) {
      const out: Record<string, unknown> = {};
      if (cells.has('stage')) {
        const text = cells.text('stage');
        const stage = text === null ? null : stageOf(text);
        if (text !== null && !stage) problem('stage', 'INVALID_VALUE', `"${text}" is not a stage (${INVESTMENT_STAGES.join(', ')})`);
        out.stage = stage;
      }
      const announcedOn = dayCell(cells, 'announcedOn', check, problem);
      if (announcedOn !== undefined) out.announcedOn = announcedOn;
      const jobs = wholeNumber(cells, 'expectedJobs', problem);
      if (jobs !== undefined) out.expectedJobs = check.number('expectedJobs', jobs, { min: 0, max: 10_000_000 });
      return out;
    },
  },
  deals: {
    type: 'Deal',
    noun: 'a deal',
    entity: Deal as unknown as KindSpec['entity'],
    money: ['value'],
    required: ['kind', 'titleZh', 'titleEn', 'signedOn'],
    refs: { park: 'park', event: 'event' },
    values(cells, check, problem) {
      const out: Record<string, unknown> = {};
      if (cells.has('kind')) {
        const text = cells.text('kind');
        const kind = text === null ? null : dealKindOf(text);
        if (text !== null && !kind) problem('kind', 'INVALID_VALUE', `"${text}" is not a kind of deal (${DEAL_KINDS.join(', ')})`);
        out.kind = kind;
      }
      for (const key of ['titleZh', 'titleEn', 'titleRu']) if (cells.has(key)) out[key] = check.text(key, cells.text(key), { max: 300 }) ?? null;
      const signedOn = dayCell(cells, 'signedOn', check, problem);
      if (signedOn !== undefined) out.signedOn = signedOn;
      const unnamed = wholeNumber(cells, 'unnamedPartyCount', problem);
      if (unnamed !== undefined) out.unnamedPartyCount = check.number('unnamedPartyCount', unnamed ?? 0, { min: 0, max: 10_000 });
      return out;
    },
  },
};

/** Loads rows of `entity` whose `fields` equal any of `values`, LOOKUP_CHUNK values a statement. */
async function findByValues<T extends object>(em: EntityManager, entity: EntitySchema<T, never>, fields: string[], values: string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += LOOKUP_CHUNK) {
    const chunk = values.slice(i, i + LOOKUP_CHUNK);
    const where: Record<string, unknown> = { $or: fields.map((f) => ({ [f]: { $in: chunk } })) };
    out.push(...(await em.find(entity, where as FilterQuery<T>)));
  }
  return out;
}

/** Names → records: a reference (externalKey or slug) wins over names; two records of one name are ambiguous. */
function nameIndex<T extends { id: number; externalKey?: string | null }>(
  records: T[],
  keys: (r: T) => (string | null | undefined)[],
  names: (r: T) => (string | null | undefined)[],
) {
  const byKey = new Map<string, T>();
  const byName = new Map<string, Set<T>>();
  for (const r of records) {
    for (const k of keys(r)) if (k) byKey.set(k, r);
    for (const n of names(r)) if (n) byName.set(n.trim(), (byName.get(n.trim()) ?? new Set()).add(r));
  }
  return (text: string): { found: T } | { ambiguous: number } | null => {
    const key = byKey.get(text);
    if (key) return { found: key };
    const named = byName.get(text);
    if (!named) return null;
    return named.size === 1 ? { found: [...named][0] } : { ambiguous: named.size };
  };
}

/** The text cells of a row that break the text rule. */
function textRuleProblems(sheet: ImportSheet, row: ImportRow, add: (p: ImportProblem) => void) {
  for (const [key, v] of Object.entries(row.values)) {
    if (typeof v !== 'string') continue;
    const problem = textProblem(v);
    if (problem) add({ sheet: sheet.name, line: row.line, column: key, code: 'TEXT_RULE', message: problem });
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Checks every row of `file` against the database as `em` sees it. Reads in a few statements per kind of lookup;
 * `progress` hears how many rows are checked.
 */
export async function checkImport(em: EntityManager, file: ImportFile, progress?: (checked: number) => void): Promise<ImportPlan> {
  const spec = SPECS[file.kind];
  const sheet = file.records;
  const columns = new Set(sheet.columns);
  const problems: ImportProblem[] = [];
  const add = (p: ImportProblem) => problems.push(p);
  const rowsOf = (s: ImportSheet | undefined) => s?.rows ?? [];
  const textsOf = (s: ImportSheet | undefined, key: string) => [
    ...new Set(
      rowsOf(s)
        .map((r) => new Cells(r, new Set([key])).text(key))
        .filter((t): t is string => t !== null),
    ),
  ];

  // Lookups for the whole file: parks, organizations, events by their distinct texts; sectors (reference data) whole.
  const parkTexts = spec.refs.park ? textsOf(sheet, spec.refs.park) : [];
  const parks = parkTexts.length ? await findByValues(em, Park, ['slug', 'externalKey', 'nameZh', 'nameEn', 'nameRu'], parkTexts) : [];
  const parkOf = nameIndex(
    parks,
    (p) => [p.slug, p.externalKey],
    (p) => [p.nameZh, p.nameEn, p.nameRu],
  );
  const orgTexts = [...new Set([...(spec.refs.organization ?? []).flatMap((k) => textsOf(sheet, k)), ...textsOf(file.parties, 'organization')])];
  const orgs = orgTexts.length ? await findByValues(em, Organization, ['externalKey', 'nameZh', 'nameEn', 'nameRu'], orgTexts) : [];
  const orgOf = nameIndex(
    orgs,
    (o) => [o.externalKey],
    (o) => [o.nameZh, o.nameEn, o.nameRu],
  );
  const eventTexts = spec.refs.event ? textsOf(sheet, spec.refs.event) : [];
  const events = eventTexts.length ? await findByValues(em, Event, ['externalKey', 'nameZh', 'nameEn', 'nameRu'], eventTexts) : [];
  const eventOf = nameIndex(
    events,
    (e) => [e.externalKey],
    (e) => [e.nameZh, e.nameEn, e.nameRu],
  );
  const sectors = new Map<string, SectorCode>();
  for (const s of await em.find(Sector, {})) {
    for (const name of [s.code, s.code.replace(/_/g, ' '), s.nameZh, s.nameEn, SECTOR_RU[s.code]]) sectors.set(fold(name), s.code);
  }

  // The records the rows name: by ID, else by reference.
  const idType = spec.type as NumericIdType;
  const ids = new Map<ImportRow, number>();
  for (const row of sheet.rows) {
    const text = new Cells(row, columns).text('id');
    if (text === null) continue;
    const id = databaseIdOrNull(text, idType);
    if (id === null)
      add({
        sheet: sheet.name,
        line: row.line,
        column: 'id',
        code: 'INVALID_VALUE',
        message: `"${text}" is not the ID of ${spec.noun}`,
      });
    else ids.set(row, id);
  }
  const references = textsOf(sheet, 'reference');
  type Stored = { id: number; version: number; externalKey?: string | null } & Record<string, unknown>;
  const storedById = new Map<number, Stored>();
  const storedByKey = new Map<string, Stored>();
  const keep = (r: Stored) => {
    storedById.set(r.id, r);
    if (r.externalKey) storedByKey.set(r.externalKey, r);
  };
  const idList = [...new Set(ids.values())];
  for (let i = 0; i < idList.length; i += LOOKUP_CHUNK) {
    (await em.find(spec.entity, { id: { $in: idList.slice(i, i + LOOKUP_CHUNK) } })).forEach((r) => keep(r));
  }
  (await findByValues(em, spec.entity, ['externalKey'], references)).forEach((r) => keep(r));

  const plan: PlannedRow[] = [];
  const seenIds = new Map<number, number>();
  const seenRefs = new Map<string, number>();
  const dealRows = new Map<string, PlannedRow>();
  let checked = 0;

  for (const row of sheet.rows) {
    const cells = new Cells(row, columns);
    const before = problems.length;
    const problem = (column: string, code: string, message: string) => add({ sheet: sheet.name, line: row.line, column, code, message });
    textRuleProblems(sheet, row, add);

    // Which record: by ID (must exist), else by reference (update when it exists, create otherwise).
    const reference = cells.text('reference');
    if (reference !== null && reference.length > MAX_REFERENCE)
      problem('reference', 'TOO_LONG', `at most ${MAX_REFERENCE} characters (got ${reference.length})`);
    const id = ids.get(row);
    let stored: Stored | undefined;
    if (id !== undefined) {
      stored = storedById.get(id);
      if (!stored) problem('id', 'NOT_FOUND', `no ${spec.type.toLowerCase()} has this ID`);
      if (seenIds.has(id)) problem('id', 'DUPLICATE_REFERENCE', `the same record as row ${seenIds.get(id)}`);
      seenIds.set(id, row.line);
    } else if (reference === null) {
      if (cells.text('id') === null) problem('reference', 'REQUIRED', 'each row needs a reference (or the ID of the record it updates)');
    } else {
      stored = storedByKey.get(reference);
    }
    if (reference !== null) {
      if (seenRefs.has(reference)) problem('reference', 'DUPLICATE_REFERENCE', `"${reference}" is already the reference of row ${seenRefs.get(reference)}`);
      seenRefs.set(reference, row.line);
      // A record found by ID taking a reference another record holds.
      const holder = storedByKey.get(reference);
      if (stored && holder && holder.id !== stored.id) problem('reference', 'DUPLICATE_REFERENCE', `"${reference}" is the reference of another record`);
    }
    if (stored && cells.has('version')) {
      const text = cells.text('version');
      if (text !== null) {
        const version = Number(text);
        if (!Number.isInteger(version)) problem('version', 'INVALID_NUMBER', `"${text}" is not a version number`);
        else if (version !== stored.version) {
          problem('version', 'CONFLICT', `this record was changed since it was exported (version ${stored.version}, the file has ${version}); export it again`);
        }
      }
    }

    // The row's values, with the mutations' checks.
    const check = new InputCheck();
    const values = spec.values(cells, check, problem);
    if (spec.refs.park && cells.has(spec.refs.park)) {
      const text = cells.text(spec.refs.park);
      const found = text === null ? null : parkOf(text);
      if (text !== null && !found) problem(spec.refs.park, 'UNKNOWN_PARK', `no park has the name or code "${text}"`);
      else if (found && 'ambiguous' in found) problem(spec.refs.park, 'UNKNOWN_PARK', `${found.ambiguous} parks are named "${text}"; use the park's code`);
      values.park = found && 'found' in found ? found.found.id : null;
    }
    for (const key of spec.refs.organization ?? []) {
      if (!cells.has(key)) continue;
      const text = cells.text(key);
      const found = text === null ? null : orgOf(text);
      if (text !== null && !found) problem(key, 'UNKNOWN_ORGANIZATION', `no organization has the reference or name "${text}"`);
      else if (found && 'ambiguous' in found)
        problem(key, 'AMBIGUOUS_ORGANIZATION', `${found.ambiguous} organizations are named "${text}"; use the organization's reference`);
      values[key] = found && 'found' in found ? found.found.id : null;
    }
    if (spec.refs.event && cells.has(spec.refs.event)) {
      const text = cells.text(spec.refs.event);
      const found = text === null ? null : eventOf(text);
      if (text !== null && !found) problem(spec.refs.event, 'INVALID_VALUE', `no event has the reference or name "${text}"`);
      else if (found && 'ambiguous' in found)
        problem(spec.refs.event, 'INVALID_VALUE', `${found.ambiguous} events are named "${text}"; use the event's reference`);
      values.event = found && 'found' in found ? found.found.id : null;
    }
    if (file.kind === 'investments' && cells.has('sector')) {
      const text = cells.text('sector');
      const code = text === null ? null : (sectors.get(fold(text)) ?? null);
      if (text !== null && !code) problem('sector', 'UNKNOWN_SECTOR', `"${text}" is not a sector`);
      values.sector = code;
    }
    // An organization's sectors: codes or names separated by ";", each once; an empty cell clears them.
    let sectorList: SectorCode[] | null = null;
    if (file.kind === 'organizations' && cells.has('sectors')) {
      const codes = new Set<SectorCode>();
      for (const item of listItems(cells.text('sectors') ?? '')) {
        const code = sectors.get(fold(item));
        if (!code) problem('sectors', 'UNKNOWN_SECTOR', `"${item}" is not a sector`);
        else codes.add(code);
      }
      sectorList = [...codes].sort();
    }
    spec.rules?.(values, stored ? snapshot(stored) : undefined, check, problem);
    const money: Record<string, MoneyValueIn> = {};
    for (const prefix of spec.money) {
      if (!cells.has(prefix)) continue;
      const amount = cells.text(prefix);
      if (amount === null) {
        money[prefix] = null;
        continue;
      }
      const currency = cells.text(`${prefix}Currency`) ?? '';
      const value = check.money(prefix, { amount: amount.replace(/[\s,]/g, ''), currency });
      if (value) money[prefix] = value;
    }
    for (const e of check.errors) problem(columnOfPath(e.field), REASON_CODE[e.reason] ?? 'INVALID_VALUE', e.message);
    // Required columns: a new record needs them; an update may leave a column out of the file but not empty it.
    for (const key of spec.required) {
      const present = cells.has(key);
      if ((present || !stored) && (values[key] === null || values[key] === undefined) && !problems.slice(before).some((p) => p.column === key)) {
        problem(key, 'REQUIRED', present ? 'may not be empty' : 'a new record needs this column');
      }
    }

    const planned: PlannedRow = {
      sheet: sheet.name,
      line: row.line,
      action: stored ? 'update' : 'create',
      id: stored?.id ?? null,
      version: stored?.version ?? null,
      externalKey: reference,
      values,
      money,
      parties: null,
      sectors: sectorList,
    };
    if (stored) {
      const now = snapshot(stored);
      // An export in Russian writes the English title (or name) where the record has no Russian one: not a translation.
      for (const [ru, en] of [
        ['titleRu', 'titleEn'],
        ['nameRu', 'nameEn'],
      ]) {
        if (values[ru] !== undefined && !columns.has(en) && (now[ru] ?? null) === null && values[ru] === now[en]) delete values[ru];
      }
      const changed =
        (reference !== null && reference !== (stored.externalKey ?? null)) ||
        Object.entries(values).some(([k, v]) => !sameJson(now[k], v)) ||
        Object.entries(money).some(
          ([prefix, m]) => !sameJson(now[`${prefix}Minor`], m ? m.minor.toString() : null) || !sameJson(now[`${prefix}Currency`], m ? m.currency : null),
        );
      planned.action = changed ? 'update' : 'unchanged';
      if (reference === null || reference === stored.externalKey) planned.externalKey = null;
    }
    plan.push(planned);
    const dealKey = reference ?? cells.text('id');
    if (dealKey) dealRows.set(dealKey, planned);
    progress?.(++checked);
  }

  if (file.kind === 'deals') await checkParties(em, file, dealRows, orgOf, add);
  if (file.kind === 'organizations') await checkSectors(em, plan);
  if (!problems.length) await checkQuotes(em, spec, plan, add);

  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const r of plan) counts[r.action === 'create' ? 'created' : r.action === 'update' ? 'updated' : 'unchanged']++;
  problems.sort((a, b) => (a.sheet === b.sheet ? a.line - b.line : a.sheet === sheet.name ? -1 : 1));
  return { kind: file.kind, rows: plan, problems, counts };
}

/**
 * A deal's parties from the parties sheet (keyed by the deal's reference): they replace the deal's parties; a deal the
 * sheet does not list keeps its own, and a new deal needs at least one.
 */
async function checkParties(
  em: EntityManager,
  file: ImportFile,
  deals: Map<string, PlannedRow>,
  orgOf: ReturnType<typeof nameIndex<{ id: number; externalKey?: string | null }>>,
  add: (p: ImportProblem) => void,
) {
  const sheet = file.parties;
  const listed = new Map<PlannedRow, { organization: number; role: string }[]>();
  if (sheet) {
    const columns = new Set(sheet.columns);
    for (const row of sheet.rows) {
      const cells = new Cells(row, columns);
      const problem = (column: string, code: string, message: string) => add({ sheet: sheet.name, line: row.line, column, code, message });
      textRuleProblems(sheet, row, add);
      const ref = cells.text('deal');
      const deal = ref === null ? undefined : deals.get(ref);
      if (ref === null) problem('deal', 'REQUIRED', 'name the deal by its reference');
      else if (!deal) problem('deal', 'NOT_FOUND', `no deal in this file has the reference "${ref}"`);
      const orgText = cells.text('organization');
      const found = orgText === null ? null : orgOf(orgText);
      if (orgText === null) problem('organization', 'REQUIRED', 'may not be empty');
      else if (!found) problem('organization', 'UNKNOWN_ORGANIZATION', `no organization has the reference or name "${orgText}"`);
      else if ('ambiguous' in found)
        problem('organization', 'AMBIGUOUS_ORGANIZATION', `${found.ambiguous} organizations are named "${orgText}"; use the organization's reference`);
      const roleText = cells.text('role');
      const role = roleText === null ? null : partyRoleOf(roleText);
      if (roleText === null) problem('role', 'REQUIRED', 'may not be empty');
      else if (!role) problem('role', 'INVALID_VALUE', `"${roleText}" is not a party's role (${DEAL_PARTY_ROLES.join(', ')})`);
      if (!deal || !found || !('found' in found) || !role) continue;
      const list = listed.get(deal) ?? [];
      if (list.some((p) => p.organization === found.found.id && p.role === role))
        problem('organization', 'DUPLICATE_REFERENCE', 'the same organization in the same role twice');
      list.push({ organization: found.found.id, role });
      listed.set(deal, list);
    }
  }
  for (const [deal, parties] of listed) deal.parties = parties;
  for (const deal of new Set(deals.values())) {
    if (deal.action === 'create' && !deal.parties) {
      add({ sheet: file.records.name, line: deal.line, column: null, code: 'REQUIRED', message: 'a new deal needs at least one party on the parties sheet' });
    }
  }
  // Parties equal to the stored ones change nothing.
  const existing = [...listed.keys()].filter((d) => d.id !== null);
  const stored = new Map<number, { organization: number; role: string }[]>();
  for (let i = 0; i < existing.length; i += LOOKUP_CHUNK) {
    const rows = await em.find(
      DealParty,
      { deal: { $in: existing.slice(i, i + LOOKUP_CHUNK).map((d) => d.id!) } },
      { orderBy: { deal: 'asc', position: 'asc' } },
    );
    for (const p of rows) stored.set(p.deal.id, [...(stored.get(p.deal.id) ?? []), { organization: p.organization.id, role: p.role }]);
  }
  for (const deal of existing) {
    if (sameJson(stored.get(deal.id!) ?? [], deal.parties)) deal.parties = null;
    else if (deal.action === 'unchanged') deal.action = 'update';
  }
}

/** Sectors equal to an organization's stored ones change nothing; other sectors make the row an update. */
async function checkSectors(em: EntityManager, plan: PlannedRow[]) {
  const existing = plan.filter((r) => r.sectors !== null && r.id !== null);
  const stored = new Map<number, string[]>();
  for (let i = 0; i < existing.length; i += LOOKUP_CHUNK) {
    const ids = existing.slice(i, i + LOOKUP_CHUNK).map((r) => r.id!);
    const rows = await em
      .getConnection()
      .execute<{ organization_id: number; sector_code: string }[]>(
        `select organization_id, sector_code from organization_sector where organization_id in (${ids.map(() => '?').join(', ')})`,
        ids,
        'all',
        em.getTransactionContext(),
      );
    for (const r of rows) stored.set(Number(r.organization_id), [...(stored.get(Number(r.organization_id)) ?? []), r.sector_code]);
  }
  for (const row of existing) {
    if (sameJson((stored.get(row.id!) ?? []).sort(), row.sectors)) row.sectors = null;
    else if (row.action === 'unchanged') row.action = 'update';
  }
}

/**
 * The mutations' rule for VERIFIED records: a field a remaining quote supports changes only once that quote is
 * removed (in the app). Read for the rows that change, in a few statements.
 */
async function checkQuotes(em: EntityManager, spec: KindSpec, plan: PlannedRow[], add: (p: ImportProblem) => void) {
  const updates = plan.filter((r) => r.action === 'update');
  if (!updates.length) return;
  const quoted = new Map<number, Set<string>>();
  for (let i = 0; i < updates.length; i += LOOKUP_CHUNK) {
    const citations = await em.find(Citation, { subjectType: spec.type, subjectId: { $in: updates.slice(i, i + LOOKUP_CHUNK).map((r) => r.id!) } });
    for (const c of citations) quoted.set(c.subjectId, new Set([...(quoted.get(c.subjectId) ?? []), ...c.fields]));
  }
  if (!quoted.size) return;
  const storedRows = await em.find(spec.entity, { id: { $in: [...quoted.keys()] } });
  const stored = new Map(storedRows.map((r) => [r.id, snapshot(r)]));
  for (const row of updates) {
    const fields = quoted.get(row.id!);
    const now = stored.get(row.id!);
    if (!fields || !now) continue;
    const changed = [
      ...Object.entries(row.values)
        .filter(([k, v]) => !sameJson(now[k], v))
        .map(([k]) => k),
      ...Object.entries(row.money)
        .filter(([p, m]) => !sameJson(now[`${p}Minor`], m ? m.minor.toString() : null) || !sameJson(now[`${p}Currency`], m ? m.currency : null))
        .map(([p]) => p),
      ...(row.sectors ? ['sectors'] : []),
    ];
    for (const key of changed) {
      if (!fields.has(fieldOfProp(key))) continue;
      add({
        sheet: row.sheet,
        line: row.line,
        column: key,
        code: 'SUPPORTED_BY_QUOTE',
        message: `"${fieldOfProp(key)}" is supported by a quote of the source; remove that quote in the app to change it`,
      });
    }
  }
}
