// What officers change on investments: validated input and amounts, written through the shared RecordWriter.
import type { EntityManager } from '@mikro-orm/knex';
import type { CreateInvestmentInput, UpdateInvestmentInput } from '../../__generated__/resolvers-types.js';
import { databaseId } from '../../graphql/global-id.js';
import { Organization, type OrganizationEntity } from '../organizations/organization.entity.js';
import { Park, type ParkEntity } from '../parks/park.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { InputCheck } from '../writes/input-check.js';
import { assignPresent, definedOnly, has, RecordWrites, type FieldsOf } from '../writes/record-writes.js';
import { Investment, INVESTMENT_MONEY } from './investment.entity.js';

async function fields(em: EntityManager, check: InputCheck, input: FieldsOf<UpdateInvestmentInput>) {
  const refs: { organization?: OrganizationEntity | null; park?: ParkEntity } = {};
  check.ref('input.organization', input.organization, 'Organization', Organization, (o) => (refs.organization = o));
  check.ref('input.park', input.park, 'Park', Park, (p) => (refs.park = p));
  if (has(input, 'organization') && input.organization === null) refs.organization = null;
  const values = {
    stage: input.stage,
    sector: input.sector == null ? input.sector : em.getReference(Sector, input.sector),
    announcedOn: check.day('input.announcedOn', input.announcedOn),
    expectedJobs: check.number('input.expectedJobs', input.expectedJobs, { min: 0, max: 10_000_000 }),
  };
  const money = {
    amount: check.money('input.amount', input.amount),
    expectedAnnualOutput: check.money('input.expectedAnnualOutput', input.expectedAnnualOutput),
  };
  await check.resolveRefs(em);
  return { values: { ...values, ...refs }, money };
}

export class InvestmentWrites extends RecordWrites {
  async create(input: CreateInvestmentInput, idempotencyKey?: string | null) {
    const check = new InputCheck();
    const { values, money } = await fields(this.em, check, input);
    check.done();
    return this.writer.create({
      type: 'Investment',
      entity: Investment,
      operation: 'createInvestment',
      input,
      idempotencyKey,
      build: async (em) => {
        const investment = em.create(Investment, definedOnly(values), { partial: true });
        await this.money(em).assignAll(investment, INVESTMENT_MONEY, money);
        return investment;
      },
    });
  }

  update(input: UpdateInvestmentInput) {
    return this.writer.update({
      type: 'Investment',
      entity: Investment,
      id: databaseId(input.id, 'Investment', 'input.id'),
      version: input.version,
      removeSources: input.removeSources,
      apply: async (em, investment) => {
        const check = new InputCheck();
        check.notNull(input, ['park', 'sector', 'stage']);
        const { values, money } = await fields(em, check, input);
        check.done();
        assignPresent(investment, input, values);
        await this.money(em).assignAll(investment, INVESTMENT_MONEY, money);
      },
    });
  }

  remove(globalId: string, version: number) {
    return this.writer.remove({ type: 'Investment', entity: Investment, id: databaseId(globalId, 'Investment'), version });
  }
}
