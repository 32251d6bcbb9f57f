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
        park { id }
        organization { id name { zh en } }
      }
    }
    history: auditLog(recordId: $id, first: 20) @include(if: $withRecord) {
      nodes { id at actorName operation changes { field before after } }
    }
    parks(first: 100) { nodes { id name { zh en } } }
  }
`);
const CreateTenancyMutation = graphql(`
  mutation CreateTenancyMutation($input: CreateTenancyInput!, $key: String) {
    createTenancy(input: $input, idempotencyKey: $key) { id version }
  }
`);
const UpdateTenancyMutation = graphql(`
  mutation UpdateTenancyMutation($input: UpdateTenancyInput!) {
    updateTenancy(input: $input) { id version }
  }
`);
const DeleteTenancyMutation = graphql(`
  mutation DeleteTenancyMutation($id: ID!, $version: Int!) {
    deleteTenancy(id: $id, version: $version) { id }
  }
`);

const STATUSES = ['SIGNED', 'MOVED_IN', 'OPERATING', 'EXITED'] as const;

interface FormState {
  organization: { id: string; name: string } | null;
  park: string;
  status: string;
  signedOn: string;
  movedInOn: string;
  exitedOn: string;
  leasedAreaM2: string;
}
const EMPTY: FormState = { organization: null, park: '', status: 'SIGNED', signedOn: '', movedInOn: '', exitedOn: '', leasedAreaM2: '' };

/** Record (`/tenancies/new`) or change (`/tenancies/:id/edit`) an organization's presence in a park; officers only. */
export function TenancyEditPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const session = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { id } = useParams();
  const editing = Boolean(id);
  const { data, error, refetch } = useQuery(TenancyFormQuery, { variables: { id: id ?? 'new', withRecord: editing && Boolean(session) }, fetchPolicy: 'network-only' });
  const [form, setForm] = useState<FormState>(EMPTY);
  const key = useRef(`tenancy-${crypto.randomUUID()}`);
  const [create] = useMutation(CreateTenancyMutation);
  const [update] = useMutation(UpdateTenancyMutation);
  const [remove] = useMutation(DeleteTenancyMutation);
  const { version, setVersion, message, conflict, setConflict, saved, run, error: field, describe } = useRecordEditor(async () => {
    const latest = await refetch();
    return latest.data?.node && latest.data.node.__typename === 'Tenancy' ? latest.data.node.version : null;
  });
  const record = data?.node && data.node.__typename === 'Tenancy' ? data.node : null;
  const load = (r: NonNullable<typeof record>) => {
    setForm({
      organization: { id: r.organization.id, name: r.organization.name[lang] },
      park: r.park.id,
      status: r.status,
      signedOn: r.signedOn ?? '',
      movedInOn: r.movedInOn ?? '',
      exitedOn: r.exitedOn ?? '',
      leasedAreaM2: r.leasedAreaM2 == null ? '' : String(r.leasedAreaM2),
    });
    setVersion(r.version);
  };
  useEffect(() => {
    if (record && version === null) load(record);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record]);

  if (!session) return <SignInRequired record="tenancy" />;
  if (error && !data) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (!data || (editing && version === null)) return <LoadingState />;

  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const dates = { signedOn: form.signedOn || null, movedInOn: form.movedInOn || null, exitedOn: form.exitedOn || null };
  const common = { status: form.status, ...dates, leasedAreaM2: form.leasedAreaM2 === '' ? null : Number(form.leasedAreaM2) };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (editing) {
        const res = await update({ variables: { input: { id: id!, version: version!, ...common } as never } });
        await refetch();
        return res.data!.updateTenancy.version;
      }
      const res = await create({ variables: { input: { organization: form.organization?.id ?? '', park: form.park, ...common } as never, key: key.current } });
      await client.resetStore();
      navigate(`/tenancies/${encodeURIComponent(res.data!.createTenancy.id)}/edit`);
    });
  };
  const date = (name: 'signedOn' | 'movedInOn' | 'exitedOn', label: string) => (
    <label>
      {label}
      <input type="date" name={name} value={form[name]} onChange={(e) => set(name, e.target.value)} {...describe(name)} />
      {field(name)}
    </label>
  );

  return (
    <section className="edit" aria-labelledby="edit-title">
      <h1 id="edit-title">{editing ? t('edit.editTenancy') : t('edit.newTenancy')}</h1>
      {conflict !== null ? (
        <ConflictNotice
          what={t('edit.aTenancy')}
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
        <label>
          {t('dashboard.table.park')}
          <select name="park" value={form.park} disabled={editing} onChange={(e) => set('park', e.target.value)} {...describe('park')}>
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
          {t('edit.status')}
          <select name="status" value={form.status} onChange={(e) => set('status', e.target.value)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`tenancyStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {date('signedOn', t('deals.signedOn'))}
        {date('movedInOn', t('edit.movedInOn'))}
        {date('exitedOn', t('edit.exitedOn'))}
        <label>
          {t('edit.leasedArea')}
          <input type="number" min={0} step="any" name="leasedAreaM2" value={form.leasedAreaM2} onChange={(e) => set('leasedAreaM2', e.target.value)} {...describe('leasedAreaM2')} />
          {field('leasedAreaM2')}
        </label>
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
