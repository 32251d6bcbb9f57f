import { graphql } from '../__generated__';
import type { TenancyFormQueryQuery, TenancyStatus } from '../__generated__/graphql';
import { OrganizationPicker, pickedOrganization, type PickedOrganization } from '../forms/parts';
import { FormCheck } from '../forms/errors';
import { formFields } from '../forms/form-fields';
import { ChoiceField, defineRecordForm, ParkField, RecordForm } from '../forms/RecordForm';
import { useTranslation } from 'react-i18next';

const TenancyFormQuery = graphql(`
  query TenancyFormQuery($id: ID!, $withRecord: Boolean!) {
    node(id: $id) @include(if: $withRecord) {
      __typename
      ... on Tenancy {
        id
        version
        status
        signedOn
        movedInOn
        exitedOn
        leasedAreaM2
        organization {
          ...PickedOrganization_organization
        }
        park {
          id
        }
      }
    }
    ...RecordForm_query
  }
`);
const CreateTenancyMutation = graphql(`
  mutation CreateTenancyMutation($input: CreateTenancyInput!, $key: String) {
    createTenancy(input: $input, idempotencyKey: $key) {
      id
      version
    }
  }
`);
const UpdateTenancyMutation = graphql(`
  mutation UpdateTenancyMutation($input: UpdateTenancyInput!) {
    updateTenancy(input: $input) {
      id
      version
    }
  }
`);
const DeleteTenancyMutation = graphql(`
  mutation DeleteTenancyMutation($id: ID!, $version: Int!) {
    deleteTenancy(id: $id, version: $version) {
      id
    }
  }
`);

const STATUSES: readonly TenancyStatus[] = ['SIGNED', 'MOVED_IN', 'OPERATING', 'EXITED'];

interface TenancyForm {
  organization: PickedOrganization | null;
  park: string;
  status: TenancyStatus;
  signedOn: string;
  movedInOn: string;
  exitedOn: string;
  leasedAreaM2: string;
}

const EMPTY: TenancyForm = { organization: null, park: '', status: 'SIGNED', signedOn: '', movedInOn: '', exitedOn: '', leasedAreaM2: '' };

const fields = (f: TenancyForm, check: FormCheck) => ({
  status: f.status,
  signedOn: f.signedOn || null,
  movedInOn: f.movedInOn || null,
  exitedOn: f.exitedOn || null,
  leasedAreaM2: check.number('leasedAreaM2', f.leasedAreaM2),
});

/** A new tenancy names its tenant and park (checked before sending); an update changes the rest. */
function createInput(f: TenancyForm) {
  const check = new FormCheck();
  const values = { organization: check.required('organization', f.organization?.id ?? ''), park: check.required('park', f.park), ...fields(f, check) };
  check.done();
  return values;
}

function updateFields(f: TenancyForm) {
  const check = new FormCheck();
  const values = fields(f, check);
  check.done();
  return values;
}

const f = formFields<TenancyFormQueryQuery, TenancyForm>();
const FIELDS = [
  f.custom('organization', ['organization'], (form, c) => form.organization?.name ?? c.t('history.empty')),
  f.park('park'),
  f.code('status', 'tenancyStatus'),
  f.date('signedOn'),
  f.date('movedInOn'),
  f.date('exitedOn'),
  f.number('leasedAreaM2'),
];

const TENANCY = defineRecordForm({
  record: 'tenancy',
  typename: 'Tenancy',
  query: TenancyFormQuery,
  recordOf: (data) => (data.node?.__typename === 'Tenancy' ? data.node : null),
  empty: EMPTY,
  toForm: (r, lang) => ({
    organization: pickedOrganization(r.organization, lang),
    park: r.park.id,
    status: r.status,
    signedOn: r.signedOn ?? '',
    movedInOn: r.movedInOn ?? '',
    exitedOn: r.exitedOn ?? '',
    leasedAreaM2: r.leasedAreaM2 == null ? '' : String(r.leasedAreaM2),
  }),
  create: CreateTenancyMutation,
  createInput,
  createdId: (d) => d.createTenancy.id,
  update: UpdateTenancyMutation,
  updateInput: (f, record) => ({ ...record, ...updateFields(f) }),
  updatedVersion: (d) => d.updateTenancy.version,
  remove: DeleteTenancyMutation,
  editPath: (id) => `/tenancies/${id}/edit`,
  afterDelete: '/',
  back: 'overview',
  fields: FIELDS,
  affects: ['parks', 'park', 'organizations', 'tenancyStats', 'dataset', 'auditLog'],
  titles: { create: 'edit.newTenancy', edit: 'edit.editTenancy', what: 'edit.aTenancy' },
  deleteLabel: (f) => f.organization?.name ?? '',
});

/** Record (`/tenancies/new`) or change (`/tenancies/:id/edit`) an organization's presence in a park; officers only. */
export function TenancyEditPage() {
  const { t } = useTranslation();
  return (
    <RecordForm spec={TENANCY}>
      {({ form, set, field, describe, editing, lang, parks }) => {
        const date = (name: 'signedOn' | 'movedInOn' | 'exitedOn', label: string) => (
          <label>
            {label}
            <input type="date" name={name} value={form[name]} onChange={(e) => set(name, e.target.value)} {...describe(name)} />
            {field(name)}
          </label>
        );
        return (
          <>
            {editing ? (
              <p className="picked">
                {t('edit.tenant')}: <strong>{form.organization?.name}</strong>
              </p>
            ) : (
              <div>
                <p className="picked">
                  {t('edit.tenant')}: <strong>{form.organization?.name ?? t('edit.choose')}</strong>
                </p>
                <OrganizationPicker lang={lang} label={t('edit.chooseTenant')} onPick={(o) => set('organization', o)} />
                {field('organization')}
              </div>
            )}
            <ParkField
              parks={parks}
              value={form.park}
              empty={t('edit.choose')}
              disabled={editing}
              onChange={(v) => set('park', v)}
              {...{ field, describe, lang }}
            />
            <ChoiceField
              name="status"
              label={t('edit.status')}
              value={form.status}
              options={STATUSES}
              optionLabel={(s) => t(`tenancyStatus.${s}`)}
              onChange={(v) => set('status', v)}
            />
            {date('signedOn', t('deals.signedOn'))}
            {date('movedInOn', t('edit.movedInOn'))}
            {date('exitedOn', t('edit.exitedOn'))}
            <label>
              {t('edit.leasedArea')}
              <input
                type="number"
                min={0}
                step="any"
                name="leasedAreaM2"
                value={form.leasedAreaM2}
                onChange={(e) => set('leasedAreaM2', e.target.value)}
                {...describe('leasedAreaM2')}
              />
              {field('leasedAreaM2')}
            </label>
          </>
        );
      }}
    </RecordForm>
  );
}
