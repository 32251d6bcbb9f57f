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

const DealFormQuery = graphql(`
  query DealFormQuery($id: ID!, $withDeal: Boolean!, $withHistory: Boolean!) {
    node(id: $id) @include(if: $withDeal) {
      __typename
      ... on Deal {
        id
        version
        kind
        title { zh en }
        signedOn
        park { id }
        event { id }
        unnamedPartyCount
        value { amount currency }
        parties { role organization { id name { zh en } } }
      }
    }
    history: auditLog(recordId: $id, first: 20) @include(if: $withHistory) {
      nodes { id at actorName operation changes { field before after } }
    }
    parks(first: 100) { nodes { id name { zh en } } }
    events(first: 100) { nodes { id name { zh en } } }
  }
`);

const CreateDealMutation = graphql(`
  mutation CreateDealMutation($input: CreateDealInput!, $key: String) {
    createDeal(input: $input, idempotencyKey: $key) { id version }
  }
`);
const UpdateDealMutation = graphql(`
  mutation UpdateDealMutation($input: UpdateDealInput!) {
    updateDeal(input: $input) { id version title { zh en } }
  }
`);
const DeleteDealMutation = graphql(`
  mutation DeleteDealMutation($id: ID!, $version: Int!) {
    deleteDeal(id: $id, version: $version) { id }
  }
`);

const KINDS = ['COOPERATION_AGREEMENT', 'SETTLEMENT_CONTRACT', 'INVESTMENT_AGREEMENT', 'MOU'] as const;
const ROLES = ['PARTY', 'GOVERNMENT', 'PARK_OPERATOR', 'TENANT', 'INVESTOR'] as const;

interface Party {
  organization: { id: string; name: string };
  role: string;
}
interface FormState {
  kind: string;
  titleZh: string;
  titleEn: string;
  signedOn: string;
  park: string;
  event: string;
  unnamedPartyCount: number;
  amount: string;
  currency: string;
  parties: Party[];
}

const EMPTY: FormState = { kind: 'COOPERATION_AGREEMENT', titleZh: '', titleEn: '', signedOn: '', park: '', event: '', unnamedPartyCount: 0, amount: '', currency: 'CNY', parties: [] };

/** Create (`/deals/new`) or edit (`/deals/:id/edit`) a deal and its parties; officers only. */
export function DealEditPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const session = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { id } = useParams();
  const editing = Boolean(id);
  const { data, error, refetch } = useQuery(DealFormQuery, {
    variables: { id: id ?? 'new', withDeal: editing, withHistory: editing && Boolean(session) },
    fetchPolicy: 'network-only',
  });
  const [form, setForm] = useState<FormState>(EMPTY);
  const editor = useRecordEditor(async () => {
    const latest = await refetch();
    return latest.data?.node && latest.data.node.__typename === 'Deal' ? latest.data.node.version : null;
  });
  const { version, setVersion, message, conflict, setConflict, saved, run, error: field, describe: described } = editor;
  const idempotencyKey = useRef(`deal-${crypto.randomUUID()}`);
  const [create] = useMutation(CreateDealMutation);
  const [update] = useMutation(UpdateDealMutation);
  const [remove] = useMutation(DeleteDealMutation);

  const deal = data?.node && data.node.__typename === 'Deal' ? data.node : null;
  const load = (d: NonNullable<typeof deal>) => {
    setForm({
      kind: d.kind,
      titleZh: d.title.zh,
      titleEn: d.title.en,
      signedOn: d.signedOn,
      park: d.park?.id ?? '',
      event: d.event?.id ?? '',
      unnamedPartyCount: d.unnamedPartyCount,
      amount: d.value?.amount ?? '',
      currency: d.value?.currency ?? 'CNY',
      parties: d.parties.map((p) => ({ organization: { id: p.organization.id, name: p.organization.name[lang] }, role: p.role })),
    });
    setVersion(d.version);
  };
  useEffect(() => {
    if (deal && version === null) load(deal);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deal]);

  if (!session) return <SignInRequired record="deal" />;
  if (error && !data) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (!data || (editing && version === null)) return <LoadingState />;

  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const input = () => ({
    kind: form.kind,
    titleZh: form.titleZh,
    titleEn: form.titleEn,
    signedOn: form.signedOn,
    park: form.park || null,
    event: form.event || null,
    unnamedPartyCount: Number(form.unnamedPartyCount),
    value: form.amount ? { amount: form.amount, currency: form.currency } : null,
    parties: form.parties.map((p) => ({ organization: p.organization.id, role: p.role })),
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (editing) {
        const res = await update({ variables: { input: { id: id!, version: version!, ...input() } as never } });
        await refetch();
        return res.data!.updateDeal.version;
      }
      const res = await create({ variables: { input: input() as never, key: idempotencyKey.current } });
      await client.resetStore();
      navigate(`/deals/${encodeURIComponent(res.data!.createDeal.id)}/edit`);
    });
  };
  const deleteDeal = () =>
    run(async () => {
      await remove({ variables: { id: id!, version: version! } });
      await client.resetStore();
      navigate('/deals');
    });

  return (
    <section className="edit" aria-labelledby="edit-title">
      <h1 id="edit-title">{editing ? t('edit.editDeal') : t('edit.newDeal')}</h1>
      {conflict !== null ? (
        <ConflictNotice
          what={t('edit.aDeal')}
          version={conflict}
          detail={deal ? t('edit.theirTitle', { title: deal.title[lang] }) : undefined}
          onReload={() => {
            const d = data.node && data.node.__typename === 'Deal' ? data.node : null;
            if (d) load(d);
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
        <label>
          {t('deals.kind')}
          <select name="kind" value={form.kind} onChange={(e) => set('kind', e.target.value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`dealKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('edit.titleZh')}
          <input name="titleZh" value={form.titleZh} onChange={(e) => set('titleZh', e.target.value)} {...described('titleZh')} />
          {field('titleZh')}
        </label>
        <label>
          {t('edit.titleEn')}
          <input name="titleEn" value={form.titleEn} onChange={(e) => set('titleEn', e.target.value)} {...described('titleEn')} />
          {field('titleEn')}
        </label>
        <label>
          {t('deals.signedOn')}
          <input type="date" name="signedOn" value={form.signedOn} onChange={(e) => set('signedOn', e.target.value)} {...described('signedOn')} />
          {field('signedOn')}
        </label>
        <label>
          {t('dashboard.table.park')}
          <select name="park" value={form.park} onChange={(e) => set('park', e.target.value)}>
            <option value="">{t('edit.none')}</option>
            {data.parks.nodes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('edit.event')}
          <select name="event" value={form.event} onChange={(e) => set('event', e.target.value)}>
            <option value="">{t('edit.none')}</option>
            {data.events.nodes.map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="parties-field">
          <legend>{t('deals.parties')}</legend>
          {form.parties.map((p, i) => (
            <div key={`${p.organization.id}-${i}`} className="party-row">
              <span>{p.organization.name}</span>
              <select aria-label={t('edit.role')} value={p.role} onChange={(e) => set('parties', form.parties.map((q, j) => (j === i ? { ...q, role: e.target.value } : q)))}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`partyRole.${r}`)}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => set('parties', form.parties.filter((_, j) => j !== i))}>
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
          <input type="number" min={0} name="unnamedPartyCount" value={form.unnamedPartyCount} onChange={(e) => set('unnamedPartyCount', Number(e.target.value))} {...described('unnamedPartyCount')} />
          {field('unnamedPartyCount')}
        </label>
        <div className="money-field">
          <label>
            {t('deals.value')}
            <input name="amount" inputMode="decimal" value={form.amount} onChange={(e) => set('amount', e.target.value)} placeholder={t('edit.unknownAmount')} {...described('value.amount')} />
            {field('value.amount')}
          </label>
          <label>
            {t('dashboard.filter.currency')}
            <input name="currency" maxLength={3} size={4} value={form.currency} onChange={(e) => set('currency', e.target.value.toUpperCase())} {...described('value.currency')} />
            {field('value.currency')}
          </label>
        </div>
        {message ? (
          <p className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary">
            {editing ? t('edit.save') : t('edit.create')}
          </button>
          {editing ? <DeleteButton label={form.titleEn || form.titleZh} onConfirm={() => void deleteDeal()} /> : null}
        </div>
      </form>
      {data.history ? <HistoryList entries={data.history.nodes} lang={lang} /> : null}
    </section>
  );
}
