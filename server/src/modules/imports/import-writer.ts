// Writing a checked import (import-check.ts): nothing unless the whole file is valid, then every row in batches.
//
// All or nothing, in ONE transaction. A compensating path (a transaction per batch, undone on failure) would let
// others see half an import meanwhile: the change feed is append-only and pollers copy what it lists as soon as a
// batch commits, statistics and cached answers would show the half, and an undo would be a second set of changes with
// audit rows of its own. So the import commits once, and the data version and the change feed show it as one change
// (the triggers that keep the data version, the feed and the statistics summary run in the same transaction, as for
// every write path; on PostgreSQL an investments import moves the summary by each batch as a set instead of its row
// trigger). The server keeps answering meanwhile: the rows are written BATCH rows per statement group, and the
// writer yields to the event loop between batches, so other requests are served between them; readers never wait
// for the import (PostgreSQL's snapshots, SQLite's WAL with its own pooled connection), while another writer waits
// for the import's commit as it waits for any write (a few seconds for thousands of rows).
//
// Rows whose values equal the stored record are left alone (no version step, no audit row); changed rows are
// updated with the version the check saw (a record edited meanwhile is a CONFLICT and the whole import is undone);
// new records are RECORDED by the officer. Money is priced to US dollars at the rate of the record's day, as the
// mutations price it; each record gets its own audit row, and the import one more (who, when, file, rows).
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { EntitySchema, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../clock.js';
import { sqlDialect } from '../stats/grouped-query.js';
import { resumeSummaryRows, summaryDelta, suspendSummaryRows } from '../stats/summary.js';
import { AuditEntry } from '../audit/audit.entities.js';
import { Deal, DEAL_MONEY, DealParty, type DealEntity } from '../deals/deal.entity.js';
import type { DealPartyRole } from '../../domain/vocabulary.js';
import { Investment, INVESTMENT_MONEY } from '../investments/investment.entity.js';
import { MoneyService } from '../money/money.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { Citation } from '../provenance/source.entity.js';
import { Tenancy } from '../tenancies/tenancy.entity.js';
import type { MoneyColumnSet } from '../common/record.props.js';
import { markTranslations, snapshot } from '../writes/record-writer.js';
import type { ImportPlan, PlannedRow } from './import-check.js';
import type { ImportKind, ImportProblem } from './import-types.js';

/** Rows per batch: one flush (a few multi-row statements) between yields to the event loop. */
export const BATCH = 500;
/** SQLite page cache while an import writes, in KiB (negative: a size rather than a page count). */
const IMPORT_CACHE_KIB = -131_072;

export interface ImportActor {
  /** "officer:3", as audit rows name the actor. */
  key: string;
  name: string;
}

export interface WriteResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** A record changed by someone else between the check and the write: the import is undone and reports these. */
export class ImportConflict extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`${problems.length} records changed while the file was being imported`);
  }
}

type Row = { id: number; version: number } & Record<string, unknown>;

interface WriteSpec {
  type: string;
  entity: EntitySchema<Row, never>;
  money: MoneyColumnSet;
  /** References by property: the entity a value's id or code points to. */
  refs: Record<string, string>;
  /** The statistics summary adds these records up: the writer moves it by each batch as a set (see writeBatches). */
  summarized?: boolean;
  /** More of the record for its audit snapshots (a deal's parties, an organization's sectors). */
  extra?: (em: EntityManager, ids: number[]) => Promise<Map<number, Record<string, unknown>>>;
}

const NO_MONEY: MoneyColumnSet = { prefixes: [], dateProp: '' };

/** Rows of a query on the import's transaction. */
const rowsOf = <R>(em: EntityManager, sql: string, params: unknown[]) => em.getConnection().execute<R[]>(sql, params, 'all', em.getTransactionContext());
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

const SPECS: Record<ImportKind, WriteSpec> = {
  organizations: {
    type: 'Organization',
    entity: Organization as unknown as WriteSpec['entity'],
    money: NO_MONEY,
    refs: {},
    async extra(em, ids) {
      // The sectors as the organization mutations' audit rows list them: codes, sorted.
      const out = new Map<number, Record<string, unknown>>(ids.map((id) => [id, { sectors: [] as string[] }]));
      const rows = await rowsOf<{ organization_id: number; sector_code: string }>(
        em,
        `select organization_id, sector_code from organization_sector where organization_id in (${marks(ids.length)}) order by organization_id, sector_code`,
        ids,
      );
      for (const r of rows) (out.get(Number(r.organization_id))!.sectors as string[]).push(r.sector_code);
      return out;
    },
  },
  tenancies: {
    type: 'Tenancy',
    entity: Tenancy as unknown as WriteSpec['entity'],
    money: NO_MONEY,
    refs: { organization: 'Organization', park: 'Park' },
  },
  investments: {
    type: 'Investment',
    entity: Investment as unknown as WriteSpec['entity'],
    money: INVESTMENT_MONEY,
    refs: { organization: 'Organization', park: 'Park', sector: 'Sector' },
    summarized: true,
  },
  deals: {
    type: 'Deal',
    entity: Deal as unknown as WriteSpec['entity'],
    money: DEAL_MONEY,
    refs: { park: 'Park', event: 'Event' },
    async extra(em, ids) {
      // Read as rows, not entities: the parties about to be replaced stay out of the unit of work.
      const out = new Map<number, Record<string, unknown>>(ids.map((id) => [id, { parties: [] as unknown[] }]));
      const rows = await em
        .getConnection()
        .execute<{ deal_id: number; organization_id: number; role: string }[]>(
          `select deal_id, organization_id, role from deal_party where deal_id in (${ids.map(() => '?').join(', ')}) order by deal_id, position`,
          ids,
          'all',
          em.getTransactionContext(),
        );
      for (const r of rows) (out.get(Number(r.deal_id))!.parties as unknown[]).push({ organization: Number(r.organization_id), role: r.role });
      return out;
    },
  },
};

/** Sets a planned row's values on a record: references by id or code, money priced to US dollars. */
async function assign(em: EntityManager, spec: WriteSpec, money: MoneyService, record: Row, row: PlannedRow) {
  for (const [k, v] of Object.entries(row.values)) {
    const target = spec.refs[k];
    record[k] = target && v !== null && v !== undefined ? em.getReference<Row>(target, v as number) : (v ?? null);
  }
  if (row.externalKey !== null) record.externalKey = row.externalKey;
  await money.assignAll(record, spec.money, row.money);
}

/**
 * Writes a checked plan (no problems) as `actor`. Returns the counts; throws ImportConflict (nothing written) when a
 * record changed after the check. `progress` hears how many rows are written.
 */
export async function writeImport(
  em: EntityManager,
  plan: ImportPlan,
  o: { actor: ImportActor; requestId: string; clock: Clock; job: { id: number; fileName: string }; progress?: (written: number) => void },
): Promise<WriteResult> {
  if (plan.problems.length) throw new Error('a plan with problems is never written');
  const spec = SPECS[plan.kind];
  const result: WriteResult = { ...plan.counts };
  const changing = plan.rows.filter((r) => r.action !== 'unchanged');
  if (!changing.length) return result;
  const now = () => o.clock.now();
  const audit = (tx: EntityManager, operation: 'CREATE' | 'UPDATE', recordType: string, recordId: number, before: object | null, after: object | null) =>
    tx.create(AuditEntry, { at: now(), actor: o.actor.key, actorName: o.actor.name, operation, recordType, recordId, before, after, requestId: o.requestId });

  await em.transactional(async (tx) => {
    const money = new MoneyService(tx, o.clock);
    // SQLite: a large page cache while the import writes, as the bulk loads have (the investment table's covering
    // indexes thrash the default 2 MB one: the write then waits on the disk), given back at the end.
    const sqlite = sqlDialect(tx) === 'sqlite';
    const conn = tx.getConnection();
    const ctx: unknown = tx.getTransactionContext();
    const pragma = async (sql: string) => conn.execute<Record<string, number>[]>(sql, [], 'all', ctx);
    const cacheSize = sqlite ? (await pragma('pragma cache_size'))[0]?.cache_size : undefined;
    if (sqlite) await pragma(`pragma cache_size = ${IMPORT_CACHE_KIB}`);
    try {
      await writeBatches(tx, money, spec);
    } finally {
      if (sqlite && cacheSize !== undefined) await pragma(`pragma cache_size = ${Number(cacheSize)}`);
    }
  });
  return result;

  async function writeBatches(tx: EntityManager, money: MoneyService, spec: WriteSpec) {
    const conflicts: ImportProblem[] = [];
    let written = 0;
    // PostgreSQL: the statistics summary moved by each batch as a set rather than by its row trigger's two upserts per
    // record, the trigger enabled again before the import commits (10,000 investments: 52 s of writing before, 15-17 s
    // after; most of the rest is the unit of work and the audit rows). SQLite's row triggers cost little there (the
    // same 15 s written set-based), so SQLite keeps them rather than change its schema under its other connections.
    const dialect = sqlDialect(tx);
    const exec = (sql: string) => tx.getConnection().execute(sql, [], 'run', tx.getTransactionContext());
    const summarized = spec.summarized === true && dialect === 'postgresql';
    if (summarized) await suspendSummaryRows(exec);
    for (let start = 0; start < changing.length; start += BATCH) {
      const batch = changing.slice(start, start + BATCH);
      const updates = batch.filter((r) => r.action === 'update');
      const stored = new Map<number, Row>((await tx.find(spec.entity, { id: { $in: updates.map((r) => r.id!) } })).map((r) => [r.id, r]));
      const beforeExtra: Map<number, Record<string, unknown>> = spec.extra && updates.length
        ? await spec.extra(
            tx,
            updates.map((r) => r.id!),
          )
        : new Map<number, Record<string, unknown>>();
      const befores = new Map<number, Record<string, unknown>>();
      const citations = new Set(
        updates.length ? (await tx.find(Citation, { subjectType: spec.type, subjectId: { $in: updates.map((r) => r.id!) } })).map((c) => c.subjectId) : [],
      );
      const created: { record: Row; row: PlannedRow }[] = [];
      for (const row of batch) {
        if (row.action === 'update') {
          const record = stored.get(row.id!);
          if (!record || record.version !== row.version) {
            conflicts.push({
              sheet: row.sheet,
              line: row.line,
              column: 'version',
              code: 'CONFLICT',
              message: record
                ? `this record was changed while the file was being imported (version ${record.version}); import the file again`
                : 'this record was deleted while the file was being imported',
            });
            continue;
          }
          const before: Record<string, unknown> = { ...snapshot(record), ...(beforeExtra.get(record.id) ?? {}) };
          befores.set(record.id, before);
          // A VERIFIED record left without quotes becomes RECORDED by the officer, as in the mutations.
          if (record.verification === 'VERIFIED' && !citations.has(record.id))
            Object.assign(record, { verification: 'RECORDED', recordedBy: o.actor.name, recordedAt: now() });
          await assign(tx, spec, money, record, row);
          markTranslations(record, before, o.actor.name, now());
          if (row.parties) await setParties(tx, record, row.parties);
          // Only parties or sectors changed: the record's version still steps.
          if (row.parties || row.sectors) {
            const after = snapshot(record);
            if (!Object.keys(after).some((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]))) record.updatedAt = now();
          }
        } else {
          const data: Partial<Row> = { verification: 'RECORDED', recordedBy: o.actor.name, recordedAt: now() };
          const record = tx.create(spec.entity, data as RequiredEntityData<Row>, { partial: true });
          await assign(tx, spec, money, record, row);
          markTranslations(record, null, o.actor.name, now());
          if (row.parties) await setParties(tx, record, row.parties);
          created.push({ record, row });
        }
      }
      if (conflicts.length) continue;
      if (summarized) await summaryDelta(exec, dialect, [...befores.keys()], -1);
      await tx.flush();
      if (summarized) await summaryDelta(exec, dialect, [...befores.keys(), ...created.map((c) => c.record.id)], 1);
      await setSectors(tx, [...updates.filter((r) => befores.has(r.id!)), ...created.map((c) => ({ ...c.row, id: c.record.id }))]);
      const ids = [...befores.keys(), ...created.map((c) => c.record.id)];
      const afterExtra = spec.extra && ids.length ? await spec.extra(tx, ids) : new Map<number, Record<string, unknown>>();
      for (const [id, before] of befores) audit(tx, 'UPDATE', spec.type, id, before, { ...snapshot(stored.get(id)!), ...afterExtra.get(id) });
      for (const { record } of created) audit(tx, 'CREATE', spec.type, record.id, null, { ...snapshot(record), ...afterExtra.get(record.id) });
      await tx.flush();
      // Memory stays bounded by a batch: the written records leave the unit of work.
      tx.clear();
      written += batch.length;
      o.progress?.(written);
      await yieldToEventLoop();
    }
    if (conflicts.length) throw new ImportConflict(conflicts);
    if (summarized) await resumeSummaryRows(exec);
    // The import itself: who, when, which file, how many rows did what.
    audit(tx, 'CREATE', 'Import', o.job.id, null, {
      kind: plan.kind,
      fileName: o.job.fileName,
      rows: plan.rows.length,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
    });
    await tx.flush();
  }
}

/** Replaces the sectors of the organizations whose rows set them (new ones' ids filled in), in two statements a chunk. */
async function setSectors(em: EntityManager, rows: PlannedRow[]) {
  const setting = rows.filter((r): r is PlannedRow & { id: number; sectors: string[] } => r.sectors !== null && r.id !== null);
  const ctx: unknown = em.getTransactionContext();
  const conn = em.getConnection();
  for (let i = 0; i < setting.length; i += 200) {
    const chunk = setting.slice(i, i + 200);
    const ids = chunk.map((r) => r.id);
    await conn.execute(`delete from organization_sector where organization_id in (${marks(ids.length)})`, ids, 'run', ctx);
    const pairs = chunk.flatMap((r) => r.sectors.map((code) => [r.id, code]));
    if (pairs.length) {
      await conn.execute(
        `insert into organization_sector (organization_id, sector_code) values ${pairs.map(() => '(?, ?)').join(', ')}`,
        pairs.flat(),
        'run',
        ctx,
      );
    }
  }
}

/** Replaces a deal's parties (a new deal's are inserted with it). */
async function setParties(em: EntityManager, deal: Row, parties: { organization: number; role: string }[]) {
  // The statistics add up the deal's stored count of named parties (deal.entity.ts): kept with the rows, as the deal
  // writes keep it.
  (deal as unknown as DealEntity).namedPartyCount = parties.length;
  if (deal.id) await em.nativeDelete(DealParty, { deal: deal.id });
  parties.forEach((p, position) =>
    em.create(
      DealParty,
      { deal: deal as unknown as DealEntity, organization: em.getReference(Organization, p.organization), role: p.role as DealPartyRole, position },
      { partial: true },
    ),
  );
}
