// The one record form: the session gate, the record's query and its load-once effect, the idempotency key, create /
// update / delete with the cache they change, the notices, the buttons and the history. A page gives its document,
// its fields and their mapping to the input (see DealEditPage, InvestmentEditPage, TenancyEditPage).
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { ErrorState, LoadingState } from '../components/States';
import type { Lang } from '../format/format';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import type { SectorCode } from '../__generated__/graphql';
import { currentLanguage } from '../i18n';
import { useNavigate, useParams } from '../router';
import { ConflictNotice } from './conflict';
import { HistoryList } from './history';
import { DeleteButton } from './parts';
import { SignInRequired, useRecordEditor } from './useRecordEditor';

interface Versioned {
  id: string;
  version: number;
}

/** What a park select shows of a park. */
export const ParkField_park = graphql(`
  fragment ParkField_park on Park {
    id
    name {
      zh
      en
    }
  }
`);

/**
 * What every form's query reads beside its record, spread at its root (`...RecordForm_query`): the record's history
 * (when editing; the query declares `$id` and `$withRecord`) and the parks to choose from.
 */
export const RecordForm_query = graphql(`
  fragment RecordForm_query on Query {
    history: auditLog(recordId: $id, first: 20) @include(if: $withRecord) {
      nodes {
        ...HistoryList_entry
      }
    }
    parks(first: 100) {
      nodes {
        ...ParkField_park
      }
    }
  }
`);

/** What a form page's query answers: its record (when editing), the kit's part (RecordForm_query) and its own lists. */
type FormData = FragmentType<typeof RecordForm_query>;

export interface RecordFormSpec<Q extends FormData, R extends Versioned, F, CI, CD, UI, UD, DD> {
  /** The record, as the sign-in notice and the idempotency key name it. */
  record: 'deal' | 'investment' | 'tenancy';
  typename: 'Deal' | 'Investment' | 'Tenancy';
  query: TypedDocumentNode<Q, { id: string; withRecord: boolean }>;
  /** The record in the query's answer (null when the node is not of this type). */
  recordOf: (data: Q) => R | null;
  empty: F;
  toForm: (record: R, lang: Lang) => F;
  create: TypedDocumentNode<CD, { input: CI; key?: string | null }>;
  createInput: (form: F) => CI;
  createdId: (data: CD) => string;
  update: TypedDocumentNode<UD, { input: UI }>;
  updateInput: (form: F, record: Versioned) => UI;
  updatedVersion: (data: UD) => number;
  remove: TypedDocumentNode<DD, { id: string; version: number }>;
  /** The edit page of a new record, and where a deleted record's page goes. */
  editPath: (id: string) => string;
  afterDelete: string;
  /** The root query fields whose answers a change of this record type alters (evicted, so they are read again). */
  affects: readonly string[];
  /** i18n keys: the titles of the two pages and the record named in the conflict notice. */
  titles: { create: string; edit: string; what: string };
  deleteLabel: (form: F) => string;
  /** More about the newer version in the conflict notice (given the translation function). */
  conflictDetail?: (record: R, lang: Lang, t: (key: string, values: Record<string, string>) => string) => string;
}

/** A form's spec, with every type inferred from its documents and mappings. */
export function defineRecordForm<Q extends FormData, R extends Versioned, F, CI, CD, UI, UD, DD>(spec: RecordFormSpec<Q, R, F, CI, CD, UI, UD, DD>) {
  return spec;
}

export interface FieldsProps<Q, F> {
  data: Q;
  form: F;
  set: <K extends keyof F>(key: K, value: F[K]) => void;
  /** The message for `input.<name>` and the attributes that tie a field to it. */
  field: (name: string) => ReactNode;
  describe: (name: string) => { 'aria-invalid'?: true; 'aria-describedby'?: string };
  editing: boolean;
  lang: Lang;
  /** The parks to choose from, for ParkField. */
  parks: readonly FragmentType<typeof ParkField_park>[];
}

/** Drops the cached answers a write changed; the pages showing them read them again. */
function evict(cache: ApolloCache, fields: readonly string[], removed?: { __typename: string; id: string }) {
  if (removed) cache.evict({ id: cache.identify(removed) });
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

export function RecordForm<Q extends FormData, R extends Versioned, F, CI, CD, UI, UD, DD>({
  spec,
  children,
}: {
  spec: RecordFormSpec<Q, R, F, CI, CD, UI, UD, DD>;
  children: (props: FieldsProps<Q, F>) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const session = useSession();
  const navigate = useNavigate();
  const { id } = useParams();
  const editing = Boolean(id);
  const { data, error, refetch } = useQuery(spec.query, {
    variables: { id: id ?? 'new', withRecord: editing && Boolean(session) },
    fetchPolicy: 'network-only',
  });
  const [form, setForm] = useState<F>(spec.empty);
  const key = useRef(`${spec.record}-${crypto.randomUUID()}`);
  const update = (cache: ApolloCache) => evict(cache, spec.affects);
  const [create] = useMutation(spec.create, { update });
  const [save] = useMutation(spec.update, { update });
  const [remove] = useMutation(spec.remove, { update: (cache) => evict(cache, spec.affects, id ? { __typename: spec.typename, id } : undefined) });
  const editor = useRecordEditor(async () => {
    const latest = await refetch();
    return latest.data ? (spec.recordOf(latest.data)?.version ?? null) : null;
  });
  const { version, setVersion, message, conflict, setConflict, saved, run, error: field, describe } = editor;
  const record = data ? spec.recordOf(data) : null;
  const load = (r: R) => {
    setForm(spec.toForm(r, lang));
    setVersion(r.version);
  };
  useEffect(() => {
    if (record && version === null) load(record);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads the record once; later answers are the user's to reload
  }, [record]);

  if (!session) return <SignInRequired record={spec.record} />;
  if (error && !data) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (!data || (editing && version === null)) return <LoadingState />;

  const { history, parks } = getFragmentData(RecordForm_query, data);
  const set = <K extends keyof F>(k: K, v: F[K]) => setForm((f) => ({ ...f, [k]: v }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (id && version !== null) {
        const res = await save({ variables: { input: spec.updateInput(form, { id, version }) } });
        await refetch();
        return res.data ? spec.updatedVersion(res.data) : undefined;
      }
      const res = await create({ variables: { input: spec.createInput(form), key: key.current } });
      if (res.data) navigate(spec.editPath(encodeURIComponent(spec.createdId(res.data))));
    });
  };
  const deleteRecord = () =>
    run(async () => {
      if (!id || version === null) return;
      await remove({ variables: { id, version } });
      navigate(spec.afterDelete);
    });

  return (
    <section className="edit" aria-labelledby="edit-title">
      <h1 id="edit-title">{editing ? t(spec.titles.edit) : t(spec.titles.create)}</h1>
      {conflict !== null ? (
        <ConflictNotice
          what={t(spec.titles.what)}
          version={conflict}
          detail={record && spec.conflictDetail ? spec.conflictDetail(record, lang, (k, v) => t(k, v)) : undefined}
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
        {children({ data, form, set, field, describe, editing, lang, parks: parks.nodes })}
        {message ? (
          <p className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary">
            {editing ? t('edit.save') : t('edit.create')}
          </button>
          {editing ? <DeleteButton label={spec.deleteLabel(form)} onConfirm={() => void deleteRecord()} /> : null}
        </div>
      </form>
      {history ? <HistoryList entries={history.nodes} lang={lang} /> : null}
    </section>
  );
}

/** A select over a fixed set of values (an enum), labelled by `label(value)`. */
export function ChoiceField<T extends string>({
  name,
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  name: string;
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {label}
      <select
        name={name}
        value={value}
        onChange={(e) => {
          const picked = options.find((o) => o === e.target.value);
          if (picked) onChange(picked);
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What the sector select shows of a sector. */
export const SectorField_sector = graphql(`
  fragment SectorField_sector on Sector {
    code
    name {
      zh
      en
    }
  }
`);

/** A select of the sectors, labelled in the interface language. */
export function SectorField({
  sectors: refs,
  value,
  onChange,
  lang,
}: {
  sectors: readonly FragmentType<typeof SectorField_sector>[];
  value: SectorCode;
  onChange: (value: SectorCode) => void;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const sectors = getFragmentData(SectorField_sector, refs);
  return (
    <ChoiceField
      name="sector"
      label={t('dashboard.table.sector')}
      value={value}
      options={sectors.map((s) => s.code)}
      optionLabel={(code) => sectors.find((s) => s.code === code)?.name[lang] ?? code}
      onChange={onChange}
    />
  );
}

/** A select of parks (optionally with an empty "none"/"choose" first option). */
export function ParkField({
  parks: refs,
  value,
  empty,
  disabled,
  onChange,
  field,
  describe,
  lang,
}: {
  parks: readonly FragmentType<typeof ParkField_park>[];
  value: string;
  empty: string;
  disabled?: boolean;
  onChange: (value: string) => void;
  lang: Lang;
} & Pick<FieldsProps<unknown, unknown>, 'field' | 'describe'>) {
  const { t } = useTranslation();
  const parks = getFragmentData(ParkField_park, refs);
  return (
    <label>
      {t('dashboard.table.park')}
      <select name="park" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} {...describe('park')}>
        <option value="">{empty}</option>
        {parks.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name[lang]}
          </option>
        ))}
      </select>
      {field('park')}
    </label>
  );
}
