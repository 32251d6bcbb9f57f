import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import type { DealFormQueryQuery, DealKind, DealPartyRole } from '../__generated__/graphql';
import { OrganizationPicker, pickedOrganization, type PickedOrganization } from '../forms/parts';
import { FormCheck } from '../forms/errors';
import { formFields } from '../forms/form-fields';
import { MoneyField } from '../forms/MoneyField';
import { ChoiceField, defineRecordForm, ParkField, RecordForm } from '../forms/RecordForm';
import { textIn } from '../format/format';

const DealFormQuery = graphql(`
  query DealFormQuery($id: ID!, $withRecord: Boolean!) {
    node(id: $id) @include(if: $withRecord) {
      __typename
      ... on Deal {
        id
        version
        kind
        title {
          zh
          en
          ru
        }
        signedOn
        park {
          id
        }
        event {
          id
        }
        unnamedPartyCount
        parties {
          role
          organization {
            ...PickedOrganization_organization
          }
        }
        value {
          amount
          currency
        }
      }
    }
    ...RecordForm_query
    events(first: 100) {
      nodes {
        id
        name {
          zh
          en
          ru
        }
      }
    }
  }
`);

const CreateDealMutation = graphql(`
  mutation CreateDealMutation($input: CreateDealInput!, $key: String) {
    createDeal(input: $input, idempotencyKey: $key) {
      id
      version
    }
  }
`);
const UpdateDealMutation = graphql(`
  mutation UpdateDealMutation($input: UpdateDealInput!) {
    updateDeal(input: $input) {
      id
      version
      title {
        zh
        en
        ru
        ruTranslation {
          enteredBy
          enteredAt
        }
      }
    }
  }
`);
const DeleteDealMutation = graphql(`
  mutation DeleteDealMutation($id: ID!, $version: Int!) {
    deleteDeal(id: $id, version: $version) {
      id
    }
  }
`);

const KINDS: readonly DealKind[] = ['COOPERATION_AGREEMENT', 'SETTLEMENT_CONTRACT', 'INVESTMENT_AGREEMENT', 'MOU'];
const ROLES: readonly DealPartyRole[] = ['PARTY', 'GOVERNMENT', 'PARK_OPERATOR', 'TENANT', 'INVESTOR'];

interface Party {
  organization: PickedOrganization;
  role: DealPartyRole;
}
interface DealForm {
  kind: DealKind;
  titleZh: string;
  titleEn: string;
  /** A translation: marked with who entered it and when by the API; empty for none. */
  titleRu: string;
  signedOn: string;
  park: string;
  event: string;
  unnamedPartyCount: number;
  amount: string;
  currency: string;
  parties: Party[];
}

const EMPTY: DealForm = {
  kind: 'COOPERATION_AGREEMENT',
  titleZh: '',
  titleEn: '',
  titleRu: '',
  signedOn: '',
  park: '',
  event: '',
  unnamedPartyCount: 0,
  amount: '',
  currency: 'CNY',
  parties: [],
};

/** The form as the API's input, its shapes checked first (titles, the signing date, a party, the value as typed). */
const input = (f: DealForm) => {
  const check = new FormCheck();
  if (!f.parties.length) check.fail('parties', 'TOO_FEW', { min: 1 });
  const values = {
    kind: f.kind,
    titleZh: check.required('titleZh', f.titleZh),
    titleEn: check.required('titleEn', f.titleEn),
    titleRu: f.titleRu.trim() || null,
    signedOn: check.required('signedOn', f.signedOn),
    park: f.park || null,
    event: f.event || null,
    unnamedPartyCount: check.number('unnamedPartyCount', String(f.unnamedPartyCount), { integer: true }) ?? 0,
    value: check.money('value', f.amount, f.currency),
    parties: f.parties.map((p) => ({ organization: p.organization.id, role: p.role })),
  };
  check.done();
  return values;
};

const f = formFields<DealFormQueryQuery, DealForm>();
const FIELDS = [
  f.code('kind', 'dealKind'),
  f.text('titleZh'),
  f.text('titleEn'),
  f.text('titleRu'),
  f.date('signedOn'),
  f.park('park'),
  f.custom('event', ['event'], (form, c) => {
    const event = c.data.events.nodes.find((e) => e.id === form.event);
    return event ? textIn(event.name, c.lang) : c.t('history.empty');
  }),
  f.custom('parties', ['parties'], (form, c) =>
    form.parties.length
      ? form.parties.map((p) => c.t('history.withRole', { name: p.organization.name, role: c.t(`partyRole.${p.role}`) })).join(c.t('history.separator'))
      : c.t('history.empty'),
  ),
  f.number('unnamedPartyCount'),
  f.money('value', 'amount', 'currency'),
];

const DEAL = defineRecordForm({
  record: 'deal',
  typename: 'Deal',
  query: DealFormQuery,
  recordOf: (data) => (data.node?.__typename === 'Deal' ? data.node : null),
  empty: EMPTY,
  toForm: (d, lang) => ({
    kind: d.kind,
    titleZh: d.title.zh,
    titleEn: d.title.en,
    titleRu: d.title.ru ?? '',
    signedOn: d.signedOn,
    park: d.park?.id ?? '',
    event: d.event?.id ?? '',
    unnamedPartyCount: d.unnamedPartyCount,
    amount: d.value?.amount ?? '',
    currency: d.value?.currency ?? 'CNY',
    parties: d.parties.map((p) => ({ organization: pickedOrganization(p.organization, lang), role: p.role })),
  }),
  create: CreateDealMutation,
  createInput: input,
  createdId: (d) => d.createDeal.id,
  update: UpdateDealMutation,
  updateInput: (f, record) => ({ ...record, ...input(f) }),
  updatedVersion: (d) => d.updateDeal.version,
  remove: DeleteDealMutation,
  editPath: (id) => `/deals/${id}/edit`,
  afterDelete: '/deals',
  back: 'deals',
  fields: FIELDS,
  affects: ['deals', 'parks', 'park', 'organizations', 'events', 'dealStats', 'parkFit', 'dataset', 'auditLog'],
  titles: { create: 'edit.newDeal', edit: 'edit.editDeal', what: 'edit.aDeal' },
  deleteLabel: (f) => f.titleEn || f.titleZh,
});

/** Create (`/deals/new`) or edit (`/deals/:id/edit`) a deal and its parties; officers only. */
export function DealEditPage() {
  const { t } = useTranslation();
  return (
    <RecordForm spec={DEAL}>
      {({ data, form, set, field, describe, lang, parks }) => (
        <>
          <ChoiceField
            name="kind"
            label={t('deals.kind')}
            value={form.kind}
            options={KINDS}
            optionLabel={(k) => t(`dealKind.${k}`)}
            onChange={(v) => set('kind', v)}
          />
          <label>
            {t('edit.titleZh')}
            <input name="titleZh" value={form.titleZh} onChange={(e) => set('titleZh', e.target.value)} {...describe('titleZh')} />
            {field('titleZh')}
          </label>
          <label>
            {t('edit.titleEn')}
            <input name="titleEn" value={form.titleEn} onChange={(e) => set('titleEn', e.target.value)} {...describe('titleEn')} />
            {field('titleEn')}
          </label>
          <label>
            {t('edit.titleRu')}
            <input name="titleRu" lang="ru" value={form.titleRu} onChange={(e) => set('titleRu', e.target.value)} {...describe('titleRu')} />
            <small className="amount-reads">{t('edit.translationHint')}</small>
            {field('titleRu')}
          </label>
          <label>
            {t('deals.signedOn')}
            <input type="date" name="signedOn" value={form.signedOn} onChange={(e) => set('signedOn', e.target.value)} {...describe('signedOn')} />
            {field('signedOn')}
          </label>
          <ParkField parks={parks} value={form.park} empty={t('edit.none')} onChange={(v) => set('park', v)} {...{ field, describe, lang }} />
          <label>
            {t('edit.event')}
            <select name="event" value={form.event} onChange={(e) => set('event', e.target.value)}>
              <option value="">{t('edit.none')}</option>
              {data.events.nodes.map((ev) => (
                <option key={ev.id} value={ev.id}>
                  {textIn(ev.name, lang)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="parties-field">
            <legend>{t('deals.parties')}</legend>
            {form.parties.map((p, i) => (
              <div key={`${p.organization.id}-${i}`} className="party-row">
                <span>{p.organization.name}</span>
                <select
                  aria-label={t('edit.role')}
                  value={p.role}
                  onChange={(e) =>
                    set(
                      'parties',
                      form.parties.map((q, j) => (j === i ? { ...q, role: ROLES.find((r) => r === e.target.value) ?? q.role } : q)),
                    )
                  }
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`partyRole.${r}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  onClick={() =>
                    set(
                      'parties',
                      form.parties.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('edit.remove')}
                </button>
                {field(`parties.${i}`) ?? field(`parties.${i}.organization`)}
              </div>
            ))}
            {field('parties')}
            <OrganizationPicker lang={lang} label={t('edit.addParty')} onPick={(o) => set('parties', [...form.parties, { organization: o, role: 'PARTY' }])} />
          </fieldset>
          <label>
            {t('edit.unnamed')}
            <input
              type="number"
              min={0}
              name="unnamedPartyCount"
              value={form.unnamedPartyCount}
              onChange={(e) => set('unnamedPartyCount', Number(e.target.value))}
              {...describe('unnamedPartyCount')}
            />
            {field('unnamedPartyCount')}
          </label>
          <MoneyField
            label={t('deals.value')}
            names={{ amount: 'amount', currency: 'currency' }}
            prefix="value"
            amount={form.amount}
            currency={form.currency}
            onAmount={(v) => set('amount', v)}
            onCurrency={(v) => set('currency', v)}
            {...{ field, describe }}
          />
        </>
      )}
    </RecordForm>
  );
}
