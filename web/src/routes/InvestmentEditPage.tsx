import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from '../router';
import { graphql } from '../__generated__';
import { useSession } from '../auth/session';
import { ErrorState, LoadingState } from '../components/States';
import { ConflictNotice, DeleteButton, HistoryList, OrganizationPicker } from '../forms/parts';
import { SignInRequired, useRecordEditor } from '../forms/useRecordEditor';
import { currentLanguage } from '../i18n';

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
        sector { code }
        park { id }
        organization { id name { zh en } }
        amount { amount currency }
        expectedAnnualOutput { amount currency }
      }
    }
    history: auditLog(recordId: $id, first: 20) @include(if: $withRecord) {
      nodes { id at actorName operation changes { field before after } }
    }
    parks(first: 100) { nodes { id name { zh en } } }
    sectors { code name { zh en } }
  }
`);
const CreateInvestmentMutation = graphql(`
  mutation CreateInvestmentMutation($input: CreateInvestmentInput!, $key: String) {
    createInvestment(input: $input, idempotencyKey: $key) { id version }
  }
`);
const UpdateInvestmentMutation = graphql(`
  mutation UpdateInvestmentMutation($input: UpdateInvestmentInput!) {
    updateInvestment(input: $input) { id version }
  }
`);
const DeleteInvestmentMutation = graphql(`
  mutation DeleteInvestmentMutation($id: ID!, $version: Int!) {
    deleteInvestment(id: $id, version: $version) { id }
  }
`);

const STAGES = ['LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING'] as const;

interface FormState {
  organization: { id: string; name: string } | null;
  park: string;
  sector: string;
  stage: string;
  amount: string;
  currency: string;
  announcedOn: string;
  expectedJobs: string;
  outputAmount: string;
  outputCurrency: string;
}

const EMPTY: FormState = { organization: null, park: '', sector: 'LOGISTICS', stage: 'LEAD', amount: '', currency: 'CNY', announcedOn: '', expectedJobs: '', outputAmount: '', outputCurrency: 'CNY' };

/** Record (`/investments/new`) or change (`/investments/:id/edit`) an investment; officers only. */
export function InvestmentEditPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const session = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { id } = useParams();
  const editing = Boolean(id);
  const { data, error, refetch } = useQuery(InvestmentFormQuery, { variables: { id: id ?? 'new', withRecord: editing && Boolean(session) }, fetchPolicy: 'network-only' });
  const [form, setForm] = useState<FormState>(EMPTY);
  const editor = useRecordEditor(async () => {
    const latest = await refetch();
    return latest.data?.node && latest.data.node.__typename === 'Investment' ? latest.data.node.version : null;
  });
  const { version, setVersion, message, conflict, setConflict, saved, run, error: field, describe } = editor;
  const key = useRef(`investment-${crypto.randomUUID()}`);
  const [create] = useMutation(CreateInvestmentMutation);
  const [update] = useMutation(UpdateInvestmentMutation);
  const [remove] = useMutation(DeleteInvestmentMutation);
  const record = data?.node && data.node.__typename === 'Investment' ? data.node : null;
  const load = (r: NonNullable<typeof record>) => {
    setForm({
      organization: r.organization ? { id: r.organization.id, name: r.organization.name[lang] } : null,
      park: r.park.id,
      sector: r.sector.code,
      stage: r.stage,
      amount: r.amount?.amount ?? '',
      currency: r.amount?.currency ?? 'CNY',
      announcedOn: r.announcedOn ?? '',
      expectedJobs: r.expectedJobs == null ? '' : String(r.expectedJobs),
      outputAmount: r.expectedAnnualOutput?.amount ?? '',
      outputCurrency: r.expectedAnnualOutput?.currency ?? 'CNY',
    });
    setVersion(r.version);
  };
  useEffect(() => {
    if (record && version === null) load(record);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record]);

  if (!session) return <SignInRequired record="investment" />;
  if (error && !data) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (!data || (editing && version === null)) return <LoadingState />;

  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const input = () => ({
    organization: form.organization?.id ?? null,
    park: form.park,
    sector: form.sector,
    stage: form.stage,
    amount: form.amount ? { amount: form.amount, currency: form.currency } : null,
    announcedOn: form.announcedOn || null,
    expectedJobs: form.expectedJobs === '' ? null : Number(form.expectedJobs),
    expectedAnnualOutput: form.outputAmount ? { amount: form.outputAmount, currency: form.outputCurrency } : null,
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (editing) {
        const res = await update({ variables: { input: { id: id!, version: version!, ...input() } as never } });
        await refetch();
        return res.data!.updateInvestment.version;
      }
      const res = await create({ variables: { input: input() as never, key: key.current } });
      await client.resetStore();
      navigate(`/investments/${encodeURIComponent(res.data!.createInvestment.id)}/edit`);
    });
  };
  const money = (prefix: 'amount' | 'expectedAnnualOutput', amountKey: 'amount' | 'outputAmount', currencyKey: 'currency' | 'outputCurrency', label: string) => (
    <div className="money-field">
      <label>
        {label}
        <input name={amountKey} inputMode="decimal" value={form[amountKey]} onChange={(e) => set(amountKey, e.target.value)} placeholder={t('edit.unknownAmount')} {...describe(`${prefix}.amount`)} />
        {field(`${prefix}.amount`)}
      </label>
      <label>
        {t('dashboard.filter.currency')}
        <input name={currencyKey} maxLength={3} size={4} value={form[currencyKey]} onChange={(e) => set(currencyKey, e.target.value.toUpperCase())} {...describe(`${prefix}.currency`)} />
        {field(`${prefix}.currency`)}
      </label>
    </div>
  );

  return (
    <section className="edit" aria-labelledby="edit-title">
      <h1 id="edit-title">{editing ? t('edit.editInvestment') : t('edit.newInvestment')}</h1>
      {conflict !== null ? (
        <ConflictNotice
          what={t('edit.anInvestment')}
          version={conflict}
          onReload={() => {
            if (record) load(record);
            setConflict(null);
          }}
        />
      ) : null}
      {saved ? (
        <p className="saved" role="status">
          {t('edit.saved')}
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
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
        <label>
          {t('dashboard.table.park')}
          <select name="park" value={form.park} onChange={(e) => set('park', e.target.value)} {...describe('park')}>
            <option value="">{t('edit.choose')}</option>
            {data.parks.nodes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[lang]}
              </option>
            ))}
          </select>
          {field('park')}
        </label>
        <label>
          {t('dashboard.table.sector')}
          <select name="sector" value={form.sector} onChange={(e) => set('sector', e.target.value)}>
            {data.sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.table.stage')}
          <select name="stage" value={form.stage} onChange={(e) => set('stage', e.target.value)}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {money('amount', 'amount', 'currency', t('dashboard.table.amount'))}
        <label>
          {t('dashboard.table.announced')}
          <input type="date" name="announcedOn" value={form.announcedOn} onChange={(e) => set('announcedOn', e.target.value)} {...describe('announcedOn')} />
          {field('announcedOn')}
        </label>
        <label>
          {t('detail.jobs')}
          <input type="number" min={0} name="expectedJobs" value={form.expectedJobs} onChange={(e) => set('expectedJobs', e.target.value)} {...describe('expectedJobs')} />
          {field('expectedJobs')}
        </label>
        {money('expectedAnnualOutput', 'outputAmount', 'outputCurrency', t('edit.expectedOutput'))}
        {message ? (
          <p className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary">
            {editing ? t('edit.save') : t('edit.create')}
          </button>
          {editing ? (
            <DeleteButton
              label={form.organization?.name ?? ''}
              onConfirm={() =>
                void run(async () => {
                  await remove({ variables: { id: id!, version: version! } });
                  await client.resetStore();
                  navigate('/');
                })
              }
            />
          ) : null}
        </div>
      </form>
      {data.history ? <HistoryList entries={data.history.nodes} lang={lang} /> : null}
    </section>
  );
}
