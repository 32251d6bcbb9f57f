// What officers change on tenancies: validated input (dates in order), written through the shared RecordWriter.
import type { EntityManager } from '@mikro-orm/knex';
import type { CreateTenancyInput, UpdateTenancyInput } from '../../__generated__/resolvers-types.js';
import { databaseId } from '../../graphql/global-id.js';
import { Organization, type OrganizationEntity } from '../organizations/organization.entity.js';
import { Park, type ParkEntity } from '../parks/park.entity.js';
import { InputCheck } from '../writes/input-check.js';
import { assignPresent, definedOnly, has, RecordWrites, type FieldsOf } from '../writes/record-writes.js';
import { Tenancy, type TenancyEntity } from './tenancy.entity.js';

/** A create names the tenant and the park; an update cannot move a tenancy. */
type TenancyFields = FieldsOf<UpdateTenancyInput> & Partial<Pick<CreateTenancyInput, 'organization' | 'park'>>;

async function fields(em: EntityManager, check: InputCheck, input: TenancyFields, current?: TenancyEntity) {
  const refs: { organization?: OrganizationEntity; park?: ParkEntity } = {};
  check.ref('input.organization', input.organization, 'Organization', Organization, (o) => (refs.organization = o));
  check.ref('input.park', input.park, 'Park', Park, (p) => (refs.park = p));
  const values = {
    status: input.status,
    signedOn: check.day('input.signedOn', input.signedOn),
    movedInOn: check.day('input.movedInOn', input.movedInOn),
    exitedOn: check.day('input.exitedOn', input.exitedOn),
    leasedAreaM2: check.number('input.leasedAreaM2', input.leasedAreaM2, { min: 0, max: 1e8 }),
  };
  // An update checks the order against the dates it leaves unchanged (the exit date may be unknown).
  const day = (k: 'signedOn' | 'movedInOn' | 'exitedOn') => (has(input, k) ? values[k] : current?.[k]) ?? null;
  check.order('input.movedInOn', day('movedInOn'), 'input.signedOn', day('signedOn'), 'cannot be before the signing date');
  if (day('movedInOn')) check.order('input.exitedOn', day('exitedOn'), 'input.movedInOn', day('movedInOn'), 'cannot be before the move-in date');
  else check.order('input.exitedOn', day('exitedOn'), 'input.signedOn', day('signedOn'), 'cannot be before the signing date');
  await check.resolveRefs(em);
  return { ...values, ...refs };
}

export class TenancyWrites extends RecordWrites {
  async create(input: CreateTenancyInput, idempotencyKey?: string | null) {
    const check = new InputCheck();
    const values = await fields(this.em, check, input);
    check.done();
    return this.writer.create({
      type: 'Tenancy',
      entity: Tenancy,
      operation: 'createTenancy',
      input,
      idempotencyKey,
      build: async (em) => em.create(Tenancy, definedOnly(values), { partial: true }),
    });
  }

  update(input: UpdateTenancyInput) {
    return this.writer.update({
      type: 'Tenancy',
      entity: Tenancy,
      id: databaseId(input.id, 'Tenancy', 'input.id'),
      version: input.version,
      removeSources: input.removeSources,
      apply: async (em, tenancy) => {
        const check = new InputCheck();
        check.notNull(input, ['status']);
        const values = await fields(em, check, input, tenancy);
        check.done();
        assignPresent(tenancy, input, values);
      },
    });
  }

  remove(globalId: string, version: number) {
    return this.writer.remove({ type: 'Tenancy', entity: Tenancy, id: databaseId(globalId, 'Tenancy'), version });
  }
}
