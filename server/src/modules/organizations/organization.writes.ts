// What officers change on organizations: validated input, written through the shared RecordWriter.
import type { CreateOrganizationInput, UpdateOrganizationInput } from '../../__generated__/resolvers-types.js';
import { databaseId } from '../../graphql/global-id.js';
import { DealParty } from '../deals/deal.entity.js';
import { EventParticipant } from '../events/event.entity.js';
import { Investment } from '../investments/investment.entity.js';
import { Tenancy } from '../tenancies/tenancy.entity.js';
import { InputCheck } from '../writes/input-check.js';
import { assignPresent, definedOnly, has, RecordWrites, sectorRefs, sectorsOf, type FieldsOf } from '../writes/record-writes.js';
import { Organization } from './organization.entity.js';

const sectors = sectorsOf('organization_sector', 'organization_id');

function url(check: InputCheck, value: string | null | undefined) {
  const website = check.text('input.website', value, { max: 300 });
  if (website && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(website)) check.fail('input.website', 'NOT_A_URL', 'must be an http(s) URL');
  return website;
}

function fields(check: InputCheck, input: FieldsOf<UpdateOrganizationInput>) {
  return {
    nameZh: check.text('input.nameZh', input.nameZh, { max: 200 }),
    nameEn: check.text('input.nameEn', input.nameEn, { max: 200 }),
    nameRu: check.text('input.nameRu', input.nameRu, { max: 200 }),
    country: check.country('input.country', input.country),
    website: url(check, input.website),
    descriptionZh: check.text('input.descriptionZh', input.descriptionZh, { max: 5000 }),
    descriptionEn: check.text('input.descriptionEn', input.descriptionEn, { max: 5000 }),
    kind: input.kind,
  };
}

export class OrganizationWrites extends RecordWrites {
  create(input: CreateOrganizationInput, idempotencyKey?: string | null) {
    const check = new InputCheck();
    const values = fields(check, input);
    check.done();
    return this.writer.create({
      type: 'Organization',
      entity: Organization,
      operation: 'createOrganization',
      input,
      idempotencyKey,
      extra: sectors,
      build: async (em) => {
        const org = em.create(Organization, definedOnly(values), { partial: true });
        if (input.sectors) org.sectors.set(sectorRefs(em, input.sectors));
        return org;
      },
    });
  }

  update(input: UpdateOrganizationInput) {
    const check = new InputCheck();
    check.notNull(input, ['nameZh', 'nameEn', 'kind']);
    const values = fields(check, input);
    const id = databaseId(input.id, 'Organization', 'input.id');
    check.done();
    return this.writer.update({
      type: 'Organization',
      entity: Organization,
      id,
      version: input.version,
      removeSources: input.removeSources,
      extra: sectors,
      apply: async (em, org) => {
        assignPresent(org, input, values);
        if (has(input, 'sectors')) {
          await org.sectors.init();
          org.sectors.set(sectorRefs(em, input.sectors ?? []));
        }
      },
    });
  }

  remove(globalId: string, version: number) {
    const id = databaseId(globalId, 'Organization');
    return this.writer.remove({
      type: 'Organization',
      entity: Organization,
      id,
      version,
      references: async (em) => {
        const [t, i, d, e] = await Promise.all([
          em.count(Tenancy, { organization: id }),
          em.count(Investment, { organization: id }),
          em.count(DealParty, { organization: id }),
          em.count(EventParticipant, { organization: id }),
        ]);
        const uses = [t && `${t} tenancies`, i && `${i} investments`, d && `${d} deal parties`, e && `${e} event participations`];
        return uses.filter((u): u is string => typeof u === 'string');
      },
      cleanup: async (em) => {
        await em.getConnection().execute('delete from organization_sector where organization_id = ?', [id], 'run', em.getTransactionContext());
      },
    });
  }
}
