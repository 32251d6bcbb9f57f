// Every write to a record goes through here, in one transaction: authorization (deny by default), the optimistic
// version check, the rule that a VERIFIED record's quoted fields change only once their quote is removed, an audit
// row with the record before and after, and, for creates, the idempotency key.
import { createHash } from 'node:crypto';
import { OptimisticLockError, Reference, ReferenceKind, UniqueConstraintViolationException, wrap, type EntitySchema, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Role } from '../../domain/vocabulary.js';
import { badUserInput, conflict, ErrorCode, fieldError, invalidFields, notFound } from '../../graphql/errors.js';
import { databaseIdOrNull } from '../../graphql/global-id.js';
import { GraphQLError } from 'graphql';
import { requireRole, type Actor } from '../access/actor.js';
import { AuditEntry, IdempotencyKey } from '../audit/audit.entities.js';
import { graphqlFieldOf } from '../provenance/cited-fields.js';
import { Citation } from '../provenance/source.entity.js';

const IDEMPOTENCY_HOURS = 24;

type Row = { id: number; version?: number } & Record<string, unknown>;

/** The record's own columns as JSON-safe values (references as ids, bigints as strings, dates as ISO text). */
export function snapshot(entity: object): Record<string, unknown> {
  const meta = wrap(entity, true).__meta;
  const out: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE) continue;
    // Bookkeeping, not content: the search column repeats the names; who translated and when is the audit row's own.
    if (['createdAt', 'updatedAt', 'version', 'searchName'].includes(prop.name) || /Ru(By|At)$/.test(prop.name)) continue;
    let v = (entity as Record<string, unknown>)[prop.name];
    if (prop.kind === ReferenceKind.MANY_TO_ONE) v = v ? wrap(Reference.unwrapReference(v), true).getPrimaryKey() : null;
    if (typeof v === 'bigint') v = v.toString();
    if (v instanceof Date) v = v.toISOString();
    out[prop.name] = v ?? null;
  }
  return out;
}

/** The GraphQL field a column feeds (nameZh → name, amountUsdMinor → amount, landAreaMu → landArea). */
export function fieldOfProp(prop: string): string {
  return graphqlFieldOf(prop.replace(/(UsdMinor|Minor|Currency)$/, ''));
}

export interface WriteOptions<T extends Row = Row> {
  /** GraphQL type name, as audit rows and citations name it. */
  type: string;
  entity: EntitySchema<T, never>;
  /** More of the record for its audit snapshots (e.g. a deal's parties). */
  extra?: (em: EntityManager, id: number) => Promise<Record<string, unknown>>;
}

const hasProvenance = (record: object) => 'verification' in wrap(record, true).__meta.properties;

/**
 * A Russian text (nameRu, titleRu) is a translation, never part of a quote: entering, changing or clearing one records
 * who did it and when beside it (nameRuBy, nameRuAt); the record's own provenance stays as it was.
 */
export function markTranslations(record: Row, before: Record<string, unknown> | null, by: string, at: Date) {
  const props = wrap(record, true).__meta.properties as Record<string, unknown>;
  for (const name of Object.keys(props).filter((n) => n.endsWith('Ru') && `${n}By` in props)) {
    const text = (record[name] as string | null | undefined) ?? null;
    if (text === ((before?.[name] as string | null | undefined) ?? null)) continue;
    Object.assign(record, { [`${name}By`]: text === null ? null : by, [`${name}At`]: text === null ? null : at });
  }
}

export class RecordWriter {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly requestId: string,
    /** The server's clock: recorded-at times and idempotency keys' expiry. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Creates a record (RECORDED, by the actor). With an idempotency key, a retry with the same input returns the
   * record the first call created; the same key with another input is refused.
   */
  async create<T extends Row>(
    o: WriteOptions<T> & { role?: Role; operation: string; input: unknown; idempotencyKey?: string | null; build: (em: EntityManager) => Promise<T> },
  ): Promise<T> {
    requireRole(this.actor, o.role ?? 'OFFICER');
    const key = o.idempotencyKey?.trim();
    if (key !== undefined && (key.length < 8 || key.length > 200)) throw badUserInput('An idempotency key has 8 to 200 characters', 'idempotencyKey');
    const requestHash = createHash('sha256')
      .update(`${o.operation}\n${stableJson(o.input)}`)
      .digest('hex');
    const replay = async () => (key ? this.replay<T>(o, key, requestHash) : null);
    const earlier = await replay();
    if (earlier) return earlier;
    try {
      return await this.em.transactional(async (em) => {
        const record = await o.build(em);
        if (hasProvenance(record)) Object.assign(record, { verification: 'RECORDED', recordedBy: this.actor.name, recordedAt: this.now() });
        markTranslations(record, null, this.actor.name, this.now());
        em.persist(record);
        await em.flush();
        this.audit(em, 'CREATE', o.type, record.id, null, { ...snapshot(record), ...(await o.extra?.(em, record.id)) });
        if (key) {
          const now = this.now();
          const expiresAt = new Date(now.getTime() + IDEMPOTENCY_HOURS * 3_600_000);
          await em.nativeDelete(IdempotencyKey, { expiresAt: { $lt: now } });
          em.create(IdempotencyKey, { actor: this.actor.key, key, operation: o.operation, requestHash, recordType: o.type, recordId: record.id, expiresAt });
        }
        await em.flush();
        return record;
      });
    } catch (err) {
      // A concurrent call with the same key won the race: answer as a retry would be answered.
      if (key && err instanceof UniqueConstraintViolationException) {
        const winner = await replay();
        if (winner) return winner;
      }
      throw err;
    }
  }

  private async replay<T extends Row>(o: WriteOptions<T> & { operation: string }, key: string, requestHash: string): Promise<T | null> {
    const em = this.em.fork();
    const found = await em.findOne(IdempotencyKey, { actor: this.actor.key, key, expiresAt: { $gt: this.now() } });
    if (!found) return null;
    if (found.requestHash !== requestHash || found.operation !== o.operation) {
      throw new GraphQLError('This idempotency key was already used with a different request; use a new key for a new record', {
        extensions: { code: ErrorCode.IDEMPOTENCY_KEY_REUSED, field: 'idempotencyKey' },
      });
    }
    return this.em.findOneOrFail(o.entity, byId<T>(found.recordId));
  }

  /**
   * Updates a record read at `version`. A stale version is a CONFLICT and changes nothing. Changing a field that a
   * remaining quote supports is refused until that quote is removed (`removeSources`); a VERIFIED record with no quote
   * left becomes RECORDED by the actor.
   */
  async update<T extends Row>(
    o: WriteOptions<T> & {
      role?: Role;
      id: number;
      version: number;
      removeSources?: readonly string[] | null;
      apply: (em: EntityManager, record: T) => Promise<void>;
    },
  ): Promise<T> {
    requireRole(this.actor, o.role ?? 'OFFICER');
    return this.guard(o, o.id, async () =>
      this.em.transactional(async (em) => {
        const record = await this.load<T>(em, o, o.id, o.version);
        const before = { ...snapshot(record), ...(await o.extra?.(em, o.id)) };
        await this.removeSources(em, o.type, o.id, o.removeSources ?? []);
        // A VERIFIED record left without quotes becomes RECORDED by the actor, in the same version step as the change.
        if (record.verification === 'VERIFIED' && !(await em.count(Citation, { subjectType: o.type, subjectId: o.id }))) {
          Object.assign(record, { verification: 'RECORDED', recordedBy: this.actor.name, recordedAt: this.now() });
        }
        await o.apply(em, record);
        markTranslations(record, before, this.actor.name, this.now());
        await em.flush();
        const after = { ...snapshot(record), ...(await o.extra?.(em, o.id)) };
        const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
        await this.checkSourcedFields(em, o.type, o.id, changed);
        if (changed.length || (o.removeSources?.length ?? 0) > 0) {
          // A change to related rows only (a deal's parties) still bumps the record's version.
          const own = snapshot(record);
          if (!changed.some((k) => k in own)) Object.assign(record, { updatedAt: new Date() });
          this.audit(em, 'UPDATE', o.type, o.id, before, { ...snapshot(record), ...(await o.extra?.(em, o.id)) });
        }
        await em.flush();
        return record;
      }),
    );
  }

  /** Deletes a record read at `version`; a record still supported by quotes, or still referred to, is refused. */
  async remove<T extends Row>(
    o: WriteOptions<T> & {
      role?: Role;
      id: number;
      version: number;
      /** What still refers to the record (a non-empty list refuses the delete). */
      references?: (em: EntityManager) => Promise<string[]>;
      /** Rows that go with the record (e.g. a deal's parties), deleted first. */
      cleanup?: (em: EntityManager) => Promise<void>;
      /** What follows from the delete in the same transaction (an exchange rate's re-pricing). */
      after?: (em: EntityManager) => Promise<void>;
    },
  ) {
    requireRole(this.actor, o.role ?? 'OFFICER');
    return this.guard(o, o.id, async () =>
      this.em.transactional(async (em) => {
        const record = await this.load(em, o, o.id, o.version);
        if (await em.count(Citation, { subjectType: o.type, subjectId: o.id })) {
          throw badUserInput(`This ${o.type} is supported by quotes; remove its sources (update with removeSources) before deleting it`, 'id');
        }
        const inUse = (await o.references?.(em)) ?? [];
        if (inUse.length) throw conflict(`This ${o.type} is still referred to by ${inUse.join(', ')}; change or delete those first`, { reason: 'IN_USE' });
        const before = { ...snapshot(record), ...(await o.extra?.(em, o.id)) };
        await o.cleanup?.(em);
        const n = await em.nativeDelete(o.entity, byId<T>(o.id, o.version));
        if (n !== 1) throw OptimisticLockError.lockFailed(record);
        await o.after?.(em);
        this.audit(em, 'DELETE', o.type, o.id, before, null);
        await em.flush();
        return { id: o.id, type: o.type };
      }),
    );
  }

  private async load<T extends Row>(em: EntityManager, o: WriteOptions<T>, id: number, version: number): Promise<T> {
    const record = await em.findOne(o.entity, byId<T>(id));
    if (!record) throw notFound(`No ${o.type} with this ID`, 'id');
    if (record.version !== version) {
      throw conflict(`This ${o.type} was changed by someone else (version ${record.version}, you had ${version}); reload it and try again`, {
        currentVersion: record.version,
      });
    }
    return record;
  }

  /**
   * A write that lost a race (another one committed between its read and its write) is a CONFLICT too, with the
   * version now in the database, as a stale version read up front is.
   */
  private async guard<T, R extends Row>(o: WriteOptions<R>, id: number, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof OptimisticLockError)) throw err;
      const current = await this.em.fork().findOne(o.entity, byId<R>(id));
      throw conflict(
        'The record was changed by someone else meanwhile; reload it and try again',
        current?.version !== undefined ? { currentVersion: current.version } : {},
      );
    }
  }

  private async removeSources(em: EntityManager, type: string, id: number, globalIds: readonly string[]) {
    if (!globalIds.length) return;
    const ids = globalIds.map((g, i) => {
      const id = databaseIdOrNull(g, 'Citation');
      if (id === null) throw badUserInput(`"${g}" is not the ID of a source quote`, `input.removeSources.${i}`);
      return id;
    });
    const found = await em.find(Citation, { id: { $in: ids }, subjectType: type, subjectId: id });
    if (found.length !== new Set(ids).size) throw badUserInput(`Some of removeSources are not quotes of this ${type}`, 'input.removeSources');
    found.forEach((c) => em.remove(c));
    await em.flush();
  }

  private async checkSourcedFields(em: EntityManager, type: string, id: number, changedProps: string[]) {
    if (!changedProps.length) return;
    const citations = await em.find(Citation, { subjectType: type, subjectId: id });
    const quoted = new Set(citations.flatMap((c) => c.fields));
    // Reported under the input's own names (landAreaMu, plannedInvestment), the quote's field in the message.
    const blocked = [...new Set(changedProps.filter((p) => quoted.has(fieldOfProp(p))).map((p) => p.replace(/(UsdMinor|Minor|Currency)$/, '')))];
    if (blocked.length) {
      throw invalidFields(
        blocked.map((p) =>
          fieldError(
            `input.${p}`,
            'SUPPORTED_BY_QUOTE',
            `"${fieldOfProp(p)}" is supported by a quote of the source; remove that quote (removeSources) to change it`,
            { quotedField: fieldOfProp(p) },
          ),
        ),
      );
    }
  }

  private audit(
    em: EntityManager,
    operation: 'CREATE' | 'UPDATE' | 'DELETE',
    recordType: string,
    recordId: number,
    before: object | null,
    after: object | null,
  ) {
    em.create(AuditEntry, {
      at: this.now(),
      actor: this.actor.key,
      actorName: this.actor.name,
      operation,
      recordType,
      recordId,
      before,
      after,
      requestId: this.requestId,
    });
  }
}

/**
 * The filter for one record by id (and version). Every written entity has a numeric `id`; a generic T cannot show
 * MikroORM that, so this is the one place the filter is widened to T's.
 */
function byId<T extends Row>(id: number, version?: number): FilterQuery<T> {
  const where: Record<string, number> = version === undefined ? { id } : { id, version };
  return where as FilterQuery<T>;
}

/** JSON with sorted keys, so the same input always hashes the same. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k: string, v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
