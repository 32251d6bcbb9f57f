// What officers change on deals and their parties: validated input, written through the shared RecordWriter.
import type { EntityManager } from '@mikro-orm/knex';
import type { CreateDealInput, DealPartyRole, UpdateDealInput } from '../../__generated__/resolvers-types.js';
import { databaseId } from '../../graphql/global-id.js';
import { Event, type EventEntity } from '../events/event.entity.js';
import { Organization, type OrganizationEntity } from '../organizations/organization.entity.js';
import { Park, type ParkEntity } from '../parks/park.entity.js';
import { InputCheck } from '../writes/input-check.js';
import { assignPresent, definedOnly, has, RecordWrites, type FieldsOf } from '../writes/record-writes.js';
import { Deal, DEAL_MONEY, DealParty, type DealEntity } from './deal.entity.js';

const MAX_PARTIES = 200;

interface Party {
  organization?: OrganizationEntity;
  role: DealPartyRole;
}

async function fields(em: EntityManager, check: InputCheck, input: FieldsOf<UpdateDealInput>) {
  const refs: { park?: ParkEntity | null; event?: EventEntity | null } = {};
  check.ref('input.park', input.park, 'Park', Park, (p) => (refs.park = p));
  check.ref('input.event', input.event, 'Event', Event, (e) => (refs.event = e));
  if (has(input, 'park') && input.park === null) refs.park = null;
  if (has(input, 'event') && input.event === null) refs.event = null;
  const list = input.parties;
  const parties: Party[] = [];
  if (list) {
    if (!list.length) check.fail('input.parties', 'TOO_FEW', 'name at least one party', { min: 1 });
    if (list.length > MAX_PARTIES) check.fail('input.parties', 'TOO_MANY', `at most ${MAX_PARTIES} parties`, { max: MAX_PARTIES });
    const seen = new Set<string>();
    list.forEach((p, i) => {
      const party: Party = { role: p.role };
      parties.push(party);
      if (seen.has(`${p.organization}|${p.role}`)) check.fail(`input.parties.${i}`, 'DUPLICATE', 'the same organization in the same role twice');
      seen.add(`${p.organization}|${p.role}`);
      check.ref(`input.parties.${i}.organization`, p.organization, 'Organization', Organization, (o) => (party.organization = o));
    });
  }
  const values = {
    kind: input.kind,
    titleZh: check.text('input.titleZh', input.titleZh, { max: 300 }),
    titleEn: check.text('input.titleEn', input.titleEn, { max: 300 }),
    titleRu: check.text('input.titleRu', input.titleRu, { max: 300 }),
    signedOn: check.day('input.signedOn', input.signedOn),
    unnamedPartyCount: check.number('input.unnamedPartyCount', input.unnamedPartyCount, { min: 0, max: 10_000 }),
  };
  const money = { value: check.money('input.value', input.value) };
  await check.resolveRefs(em);
  return { values: { ...values, ...refs }, parties: list ? parties : undefined, money };
}

/** Replaces a deal's parties (a new deal has none yet; its rows are inserted with it). */
async function setParties(em: EntityManager, deal: DealEntity, parties: Party[] | undefined) {
  if (!parties) return;
  deal.namedPartyCount = parties.length;
  if (deal.id) {
    await em.nativeDelete(DealParty, { deal: deal.id });
    for (const p of deal.parties.getItems(false)) em.getUnitOfWork().unsetIdentity(p);
  }
  parties.forEach((p, position) => em.create(DealParty, { deal, organization: p.organization, role: p.role, position }, { partial: true }));
}

/** A deal's parties in its audit snapshots. */
const partiesOf = async (em: EntityManager, id: number) => ({
  parties: (await em.find(DealParty, { deal: id }, { orderBy: { position: 'asc' } })).map((p) => ({ organization: p.organization.id, role: p.role })),
});

export class DealWrites extends RecordWrites {
  async create(input: CreateDealInput, idempotencyKey?: string | null) {
    const check = new InputCheck();
    const { values, parties, money } = await fields(this.em, check, input);
    check.done();
    return this.writer.create({
      type: 'Deal',
      entity: Deal,
      operation: 'createDeal',
      input,
      idempotencyKey,
      extra: partiesOf,
      build: async (em) => {
        const deal = em.create(Deal, definedOnly(values), { partial: true });
        await this.money(em).assignAll(deal, DEAL_MONEY, money);
        await setParties(em, deal, parties);
        return deal;
      },
    });
  }

  update(input: UpdateDealInput) {
    return this.writer.update({
      type: 'Deal',
      entity: Deal,
      id: databaseId(input.id, 'Deal', 'input.id'),
      version: input.version,
      removeSources: input.removeSources,
      extra: partiesOf,
      apply: async (em, deal) => {
        const check = new InputCheck();
        check.notNull(input, ['kind', 'titleZh', 'titleEn', 'signedOn', 'parties', 'unnamedPartyCount']);
        const { values, parties, money } = await fields(em, check, input);
        check.done();
        assignPresent(deal, input, values);
        await this.money(em).assignAll(deal, DEAL_MONEY, money);
        await setParties(em, deal, parties);
      },
    });
  }

  remove(globalId: string, version: number) {
    const id = databaseId(globalId, 'Deal');
    return this.writer.remove({
      type: 'Deal',
      entity: Deal,
      id,
      version,
      extra: partiesOf,
      cleanup: async (em) => {
        await em.nativeDelete(DealParty, { deal: id });
      },
    });
  }
}
