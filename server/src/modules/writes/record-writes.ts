// The shared base of each module's writes (modules/<area>/<x>.writes.ts): a RecordWriter for the request and the
// helpers every record type's mutations use. The rules of one record type live in its own module.
import type { EntityManager } from '@mikro-orm/knex';
import type { SectorCode } from '../../__generated__/resolvers-types.js';
import type { Clock } from '../../clock.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Actor } from '../access/actor.js';
import { MoneyService } from '../money/money.service.js';
import { Sector } from '../sectors/sector.entity.js';
import { RecordWriter } from './record-writer.js';

/** The fields an update may set: its input without the record's ID, version and the quotes it removes. */
export type FieldsOf<UpdateInput> = Omit<UpdateInput, 'id' | 'version' | 'removeSources'>;

export abstract class RecordWrites {
  protected readonly writer: RecordWriter;

  constructor(
    protected readonly em: EntityManager,
    actor: Actor,
    requestId: string,
    protected readonly clock?: Clock,
  ) {
    this.writer = new RecordWriter(em, actor, requestId, clock ? () => clock.now() : undefined);
  }

  /** A money service on `em` (the write's transaction). */
  protected money(em: EntityManager) {
    return new MoneyService(em, this.clock);
  }
}

export const has = (input: object, key: string) => Object.prototype.hasOwnProperty.call(input, key);

/** The input's values for the keys it holds (an update leaves omitted keys alone; null clears). */
export function assignPresent(record: object, input: object, values: object) {
  const row = record as Record<string, unknown>;
  for (const [k, v] of Object.entries(values)) if (has(input, k)) row[k] = v ?? null;
}

/** The values that are not undefined (a create leaves the others to the column defaults). */
export function definedOnly<V extends object>(values: V): { [K in keyof V]?: Exclude<V[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof V]?: Exclude<V[K], undefined> };
}

/** References to sectors by code (sectors are reference data: no lookup). */
export const sectorRefs = (em: EntityManager, codes: readonly SectorCode[]) => codes.map((c) => em.getReference(Sector, c));

/** A record's sector codes from its pivot table, for audit snapshots. */
export const sectorsOf = (table: string, column: string) => async (em: EntityManager, id: number) => ({
  sectors: (
    await em
      .getConnection()
      .execute<{ s: string }[]>(`select sector_code as s from ${table} where ${column} = ? order by sector_code`, [id], 'all', em.getTransactionContext())
  ).map((r) => r.s),
});

/** What a delete mutation answers: the deleted record's global ID. */
export const deletedPayload = (d: { id: number; type: string }) => ({ id: toGlobalId(d.type, d.id) });
