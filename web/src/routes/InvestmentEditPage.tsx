import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../__generated__';
import type { InvestmentFormQueryQuery, InvestmentStage, SectorCode } from '../__generated__/graphql';
import { OrganizationPicker, pickedOrganization, type PickedOrganization } from '../forms/parts';
import { FormCheck } from '../forms/errors';
import { formFields } from '../forms/form-fields';
import { MoneyField } from '../forms/MoneyField';
import { ChoiceField, defineRecordForm, ParkField, RecordForm, SectorField, SectorField_sector } from '../forms/RecordForm';
import { textIn } from '../format/format';

const InvestmentFormQuery = graphql(`
  query InvestmentFormQuery($id: ID!, $withRecord: Boolean!) {
    node(id: $id) @include(if: $withRecord) {
      __typename
      ... on Investment {
        id
        version
        stage
        announcedOn
        expectedJobs
        sector {
          code
        }
        park {
          id
        }
        organization {
          ...PickedOrganization_organization
        }
        amount {
          amount
          currency
        }
        expectedAnnualOutput {
          amount
          currency
        }
      }
    }
    ...RecordForm_query
    sectors {
      ...SectorField_sector
    }
  }
`);
const CreateInvestmentMutation = graphql(`
  mutation CreateInvestmentMutation($input: CreateInvestmentInput!, $key: String) {
    createInvestment(input: $input, idempotencyKey: $key) {
      id
      version
    }
  }
`);
const UpdateInvestmentMutation = graphql(`
  mutation UpdateInvestmentMutation($input: UpdateInvestmentInput!) {
    updateInvestment(input: $input) {
      id
      version
    }
  }
`);
const DeleteInvestmentMutation = graphql(`
  mutation DeleteInvestmentMutation($id: ID!, $version: Int!) {
    deleteInvestment(id: $id, version: $version) {
      id
    }
  }
`);

const STAGES: readonly InvestmentStage[] = ['LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING'];

interface InvestmentForm {
  organization: PickedOrganization | null;
  park: string;
  sector: SectorCode;
  stage: InvestmentStage;
  amount: string;
  currency: string;
  announcedOn: string;
  expectedJobs: string;
  outputAmount: string;
  outputCurrency: string;
}

const EMPTY: InvestmentForm = {
  organization: null,
  park: '',
  sector: 'LOGISTICS',
  stage: 'LEAD',
  amount: '',
  currency: 'CNY',
  announcedOn: '',
  expectedJobs: '',
  outputAmount: '',
  outputCurrency: 'CNY',
};

/** The form as the API's input, its shapes checked first (an unchosen park, an amount that does not read). */
const input = (f: InvestmentForm) => {
  const check = new FormCheck();
  const values = {
    organization: f.organization?.id ?? null,
    park: check.required('park', f.park),
    sector: f.sector,
    stage: f.stage,
    amount: check.money('amount', f.amount, f.currency),
    announcedOn: f.announcedOn || null,
    expectedJobs: check.number('expectedJobs', f.expectedJobs, { integer: true }),
    expectedAnnualOutput: check.money('expectedAnnualOutput', f.outputAmount, f.outputCurrency),
  };
  check.done();
  return values;
};

const f = formFields<InvestmentFormQueryQuery, InvestmentForm>();
const FIELDS = [
  f.custom('organization', ['organization'], (form, c) => form.organization?.name ?? c.t('edit.notNamed')),
  f.park('park'),
  f.custom('sector', ['sector'], (form, c) => {
    const sector = getFragmentData(SectorField_sector, c.data.sectors).find((s) => s.code === form.sector);
    return sector ? textIn(sector.name, c.lang) : form.sector;
  }),
  f.code('stage', 'stage'),
  f.money('amount', 'amount', 'currency'),
  f.date('announcedOn'),
  f.number('expectedJobs'),
  f.money('expectedAnnualOutput', 'outputAmount', 'outputCurrency'),
];

const INVESTMENT = defineRecordForm({
  record: 'investment',
  typename: 'Investment',
  query: InvestmentFormQuery,
  recordOf: (data) => (data.node?.__typename === 'Investment' ? data.node : null),
  empty: EMPTY,
  toForm: (r, lang) => ({
    organization: r.organization ? pickedOrganization(r.organization, lang) : null,
    park: r.park.id,
    sector: r.sector.code,
    stage: r.stage,
    amount: r.amount?.amount ?? '',
    currency: r.amount?.currency ?? 'CNY',
    announcedOn: r.announcedOn ?? '',
    expectedJobs: r.expectedJobs == null ? '' : String(r.expectedJobs),
    outputAmount: r.expectedAnnualOutput?.amount ?? '',
    outputCurrency: r.expectedAnnualOutput?.currency ?? 'CNY',
  }),
  create: CreateInvestmentMutation,
  createInput: input,
  createdId: (d) => d.createInvestment.id,
  update: UpdateInvestmentMutation,
  updateInput: (f, record) => ({ ...record, ...input(f) }),
  updatedVersion: (d) => d.updateInvestment.version,
  remove: DeleteInvestmentMutation,
  editPath: (id) => `/investments/${id}/edit`,
  afterDelete: '/',
  back: 'overview',
  fields: FIELDS,
  affects: ['investments', 'parks', 'park', 'organizations', 'investmentStats', 'parkFit', 'dataset', 'auditLog'],
  titles: { create: 'edit.newInvestment', edit: 'edit.editInvestment', what: 'edit.anInvestment' },
  deleteLabel: (f) => f.organization?.name ?? '',
});

/** Record (`/investments/new`) or change (`/investments/:id/edit`) an investment; officers only. */
export function InvestmentEditPage() {
  const { t } = useTranslation();
  return (
    <RecordForm spec={INVESTMENT}>
      {({ data, form, set, field, describe, lang, parks }) => (
        <>
          <div>
            <p className="picked">
              {t('dashboard.table.organization')}: <strong>{form.organization?.name ?? t('edit.notNamed')}</strong>{' '}
              {form.organization ? (
                <button type="button" className="link" onClick={() => set('organization', null)}>
                  {t('edit.remove')}
                </button>
              ) : null}
            </p>
            <OrganizationPicker lang={lang} label={t('edit.chooseInvestor')} onPick={(o) => set('organization', o)} />
            {field('organization')}
          </div>
          <ParkField parks={parks} value={form.park} empty={t('edit.choose')} onChange={(v) => set('park', v)} {...{ field, describe, lang }} />
          <SectorField sectors={data.sectors} value={form.sector} onChange={(v) => set('sector', v)} lang={lang} />
          <ChoiceField
            name="stage"
            label={t('dashboard.table.stage')}
            value={form.stage}
            options={STAGES}
            optionLabel={(s) => t(`stage.${s}`)}
            onChange={(v) => set('stage', v)}
          />
          <MoneyField
            label={t('dashboard.table.amount')}
            names={{ amount: 'amount', currency: 'currency' }}
            prefix="amount"
            amount={form.amount}
            currency={form.currency}
            onAmount={(v) => set('amount', v)}
            onCurrency={(v) => set('currency', v)}
            {...{ field, describe }}
          />
          <label>
            {t('dashboard.table.announced')}
            <input type="date" name="announcedOn" value={form.announcedOn} onChange={(e) => set('announcedOn', e.target.value)} {...describe('announcedOn')} />
            {field('announcedOn')}
          </label>
          <label>
            {t('detail.jobs')}
            <input
              type="number"
              min={0}
              name="expectedJobs"
              value={form.expectedJobs}
              onChange={(e) => set('expectedJobs', e.target.value)}
              {...describe('expectedJobs')}
            />
            {field('expectedJobs')}
          </label>
          <MoneyField
            label={t('edit.expectedOutput')}
            names={{ amount: 'outputAmount', currency: 'outputCurrency' }}
            prefix="expectedAnnualOutput"
            amount={form.outputAmount}
            currency={form.outputCurrency}
            onAmount={(v) => set('outputAmount', v)}
            onCurrency={(v) => set('outputCurrency', v)}
            {...{ field, describe }}
          />
        </>
      )}
    </RecordForm>
  );
}
