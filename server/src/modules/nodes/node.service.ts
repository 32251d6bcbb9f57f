// Responsible for global IDs: which record an opaque ID names, and the ID of a record.
import DataLoader from 'dataloader';
import { wrap } from '@mikro-orm/core';
import type { ResolversTypes } from '../../__generated__/resolvers-types.js';
import type { EntityManager } from '@mikro-orm/knex';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { badUserInput } from '../../graphql/errors.js';
import { Deal, DealParty } from '../deals/deal.entity.js';
import { Event } from '../events/event.entity.js';
import { Investment } from '../investments/investment.entity.js';
import { ExchangeRate } from '../money/exchange-rate.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Park } from '../parks/park.entity.js';
import { Source } from '../provenance/source.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Tenancy } from '../tenancies/tenancy.entity.js';

/**
 * GraphQL type name → entity; every Node type is listed (entity name = type name). A Map, so a type name read from
 * an ID ("constructor", "__proto__", "toString") can only ever match a registered type, never an inherited property.
 */
const NODE_TYPES = { Park, Organization, Tenancy, Investment, Deal, DealParty, Event, Source, ExchangeRate, Sector };
const NODE_ENTITIES = new Map<string, string>(Object.entries(NODE_TYPES).map(([type, entity]) => [type, entity.meta.className]));

/** The GraphQL name of a Node type. */
export type NodeTypeName = keyof typeof NODE_TYPES;

/** A record of any Node type, as resolvers receive it. */
export type NodeRecord = ResolversTypes['Node'];

/** Whether `type` is one of the registered Node types. */
export function isNodeType(type: string): type is NodeTypeName {
  return NODE_ENTITIES.has(type);
}

export const MAX_NODES = 100;

/** The GraphQL type of an entity instance. */
export function typeNameOf(entity: object): NodeTypeName {
  const name = wrap(entity, true).__meta.className;
  if (!isNodeType(name)) throw new Error(`${name} is not a Node type`);
  return name;
}

/** The global ID of any Node entity (Sector is keyed by its code). */
export function globalIdOf(entity: object): string {
  const type = typeNameOf(entity);
  const pk = type === 'Sector' ? (entity as { code: string }).code : (entity as { id: number }).id;
  return toGlobalId(type, pk);
}

export class NodeService {
  private readonly loaders = new Map<string, DataLoader<string, NodeRecord | null>>();

  constructor(private readonly em: EntityManager) {}

  /**
   * The record a global ID names, or null when it does not exist. A malformed ID, or one naming a type that is not
   * a Node type, is an input error.
   */
  resolve(globalId: string, field = 'id'): Promise<NodeRecord | null> {
    return this.load(this.parse(globalId, field));
  }

  private parse(globalId: string, field: string) {
    const { type, id } = fromGlobalId(globalId, field);
    const entity = NODE_ENTITIES.get(type);
    if (!entity) throw badUserInput(`"${globalId}" is not the ID of any object`, field);
    return { type, id, entity };
  }

  private load({ type, id, entity }: ReturnType<NodeService['parse']>): Promise<NodeRecord | null> {
    const pkName = type === 'Sector' ? 'code' : 'id';
    if (pkName === 'id' && !/^\d+$/.test(id)) return Promise.resolve(null);
    let loader = this.loaders.get(type);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const pks = keys.map((k) => (pkName === 'id' ? Number(k) : k));
        // The entity is the one the ID's type names, so its rows are records of that Node type.
        const rows = (await this.em.find<NodeRecord>(entity, { [pkName]: { $in: pks } })) as (NodeRecord & Record<string, unknown>)[];
        const byPk = new Map(rows.map((r) => [String(r[pkName]), r]));
        return keys.map((k) => byPk.get(k) ?? null);
      });
      this.loaders.set(type, loader);
    }
    return loader.load(id);
  }

  resolveMany(globalIds: readonly string[]): Promise<(NodeRecord | null)[]> {
    if (globalIds.length > MAX_NODES) throw badUserInput(`At most ${MAX_NODES} IDs per request; got ${globalIds.length}`, 'ids');
    // Every ID is checked before any is loaded, so a bad one sends no SQL at all.
    const parsed = globalIds.map((id, i) => this.parse(id, `ids.${i}`));
    return Promise.all(parsed.map((p) => this.load(p)));
  }
}
