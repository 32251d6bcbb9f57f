// The one record form: the session gate, the record's query and its load-once effect, the idempotency key, create /
// update / delete with the cache they change, the notices (a conflict merged so the user's edits stay, a deleted
// or mistyped record said once), the buttons and the history. A page gives its document, its fields and their
// mapping to the input (see DealEditPage, InvestmentEditPage, TenancyEditPage).
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { ErrorState, LoadingState } from '../components/States';
import { type Lang, textIn } from '../format/format';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import type { SectorCode } from '../__generated__/graphql';
import { currentLanguage } from '../i18n';
import { Link, useNavigate, useParams } from '../router';
import { apiCodes, isBadId } from './api-errors';
import { ConflictNotice } from './conflict';
import type { FormField, ShowContext } from './form-fields';
import { HistoryList } from './history';
import { formatMoment } from './history-model';
import { fieldLabel } from './labels';
import { choose, mergeForms, type Side } from './merge';
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
      ru
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
        # The newest entry says who saved a newer version, or who deleted the record, and when.
        id
        operation
        actorName
        at
        recordType
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

export interface RecordFormSpec<Q extends FormData, R extends Versioned, F extends object, CI, CD, UI, UD, DD> {
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
  /** The edit page of a new record; the list a deleted record's page links back to, and its link's words. */
  editPath: (id: string) => string;
  afterDelete: string;
  back: 'overview' | 'deals';
  /**
   * The form's fields as a conflict compares and shows them (named as labels.ts names them); form keys not listed
   * are compared one by one.
   */
  fields: readonly FormField<Q, F>[];
  /** The root query fields whose answers a change of this record type alters (evicted, so they are read again). */
  affects: readonly string[];
  /** i18n keys: the titles of the two pages and the record named in the conflict notice. */
  titles: { create: string; edit: string; what: string };
  deleteLabel: (form: F) => string;
}

/** A save refused because someone saved first: who and when, their version and the user's, and what merged how. */
interface Conflict<F> {
  who: string | null;
  at: string | null;
  theirs: F;
  yours: F;
  taken: string[];
  clashes: string[];
  /** The user's choice per clashing field (yours until chosen). */
  choices: Record<string, Side>;
}

/** A form's spec, with every type inferred from its documents and mappings. */
export function defineRecordForm<Q extends FormData, R extends Versioned, F extends object, CI, CD, UI, UD, DD>(
  spec: RecordFormSpec<Q, R, F, CI, CD, UI, UD, DD>,
) {
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

export function RecordForm<Q extends FormData, R extends Versioned, F extends object, CI, CD, UI, UD, DD>({
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
  /** The form as last loaded (or as the newer version a conflict merged onto): what the user's edits are edits of. */
  const base = useRef<F | null>(null);
  const [conflict, setConflict] = useState<Conflict<F> | null>(null);
  /** What the user deleted here (its label), for the confirmation. */
  const [deleted, setDeleted] = useState<string | null>(null);
  const key = useRef(`${spec.record}-${crypto.randomUUID()}`);
  const update = (cache: ApolloCache) => evict(cache, spec.affects);
  const [create] = useMutation(spec.create, { update });
  const [save] = useMutation(spec.update, { update });
  const [remove] = useMutation(spec.remove, { update: (cache) => evict(cache, spec.affects, id ? { __typename: spec.typename, id } : undefined) });
  const editor = useRecordEditor(async () => {
    // Someone saved first: merge their version with the user's edits (see merge.ts), keep editing on top of it.
    const latest = await refetch();
    const newer = latest.data ? spec.recordOf(latest.data) : null;
    if (!latest.data || !newer || !base.current) return; // deleted meanwhile: the page says so
    const theirs = spec.toForm(newer, lang);
    const merged = mergeForms(base.current, theirs, form, spec.fields);
    const last = getFragmentData(RecordForm_query, latest.data).history?.nodes[0];
    setConflict({ who: last?.actorName ?? null, at: last?.at ?? null, theirs, yours: form, taken: merged.taken, clashes: merged.clashes, choices: {} });
    base.current = theirs;
    setForm(merged.form);
    setVersion(newer.version);
  });
  const { version, setVersion, message, saved, run, error: field, describe } = editor;
  const record = data ? spec.recordOf(data) : null;
  const load = (r: R) => {
    base.current = spec.toForm(r, lang);
    setForm(base.current);
    setVersion(r.version);
  };
  useEffect(() => {
    if (record && version === null) load(record);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads the record once; later answers are the user's to reload
  }, [record]);

  const what = t(spec.titles.what);
  const back = (
    <Link to={spec.afterDelete} data-back>
      {t(`recordForm.backTo_${spec.back}`)}
    </Link>
  );
  if (!session) return <SignInRequired record={spec.record} />;
  if (deleted !== null) {
    return (
      <section className="narrow" data-deleted="you">
        <p role="status">{deleted ? t('recordForm.deletedNow', { label: deleted }) : t('recordForm.deletedNowUnnamed', { what })}</p>
        {back}
      </section>
    );
  }
  // A mistyped ID is refused by both the record and its history: said once, in the interface language.
  if (error && !data && isBadId(error)) {
    return (
      <section className="narrow" data-bad-id>
        <p role="alert">{t('recordForm.badId', { what })}</p>
        {back}
      </section>
    );
  }
  if (error && !data) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;

  const { history, parks } = getFragmentData(RecordForm_query, data);
  if (editing && !record) {
    // No such record (any more): its history says who deleted it and when.
    const last = history?.nodes[0];
    const gone = last?.operation === 'DELETE' && last.recordType === spec.typename ? last : null;
    return (
      <section className="narrow" data-deleted={gone ? 'earlier' : 'unknown'}>
        <p role="alert">
          {gone ? t('recordForm.deletedBy', { what, who: gone.actorName, when: formatMoment(gone.at, lang) }) : t('recordForm.gone', { what })}
        </p>
        {back}
      </section>
    );
  }
  if (editing && version === null) return <LoadingState />;

  const set = <K extends keyof F>(k: K, v: F[K]) => setForm((f) => ({ ...f, [k]: v }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (id && version !== null) {
        const input = spec.updateInput(form, { id, version });
        const res = await save({ variables: { input } }).catch(async (err: unknown) => {
          // Deleted meanwhile: reading it again shows who deleted it.
          if (apiCodes(err).includes('NOT_FOUND')) return (await refetch(), null);
          throw err;
        });
        if (!res) return;
        await refetch();
        setConflict(null);
        base.current = form;
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
      setDeleted(spec.deleteLabel(form));
    });
  const parkName = (parkId: string) => {
    const park = getFragmentData(ParkField_park, parks.nodes).find((p) => p.id === parkId);
    return park ? textIn(park.name, lang) : '';
  };
  const show: ShowContext<Q> = { data, lang, t: (k, v) => t(k, v), parkName };
  const fieldOf = (name: string) => spec.fields.find((f) => f.name === name) ?? { name, keys: [name as keyof F], show: (f: F) => String(f[name as keyof F]) };
  const labelOf = (name: string) => {
    const label = fieldLabel(spec.typename, name);
    return label ? t(label) : name;
  };

  return (
    <section className="edit" aria-labelledby="edit-title">
      <h1 id="edit-title">{editing ? t(spec.titles.edit) : t(spec.titles.create)}</h1>
      {conflict !== null ? (
        <ConflictNotice
          what={what}
          who={conflict.who}
          when={conflict.at ? formatMoment(conflict.at, lang) : null}
          taken={conflict.taken.map((name) => ({ name, label: labelOf(name), value: fieldOf(name).show(conflict.theirs, show) }))}
          clashes={conflict.clashes.map((name) => ({
            name,
            label: labelOf(name),
            theirs: fieldOf(name).show(conflict.theirs, show),
            yours: fieldOf(name).show(conflict.yours, show),
            choice: conflict.choices[name] ?? 'yours',
          }))}
          onChoose={(name, side) => {
            setForm((f) => choose(f, fieldOf(name), side, conflict.theirs, conflict.yours));
            setConflict({ ...conflict, choices: { ...conflict.choices, [name]: side } });
          }}
          onDiscard={() => {
            setForm(conflict.theirs);
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
      ru
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
      optionLabel={(code) => {
        const sector = sectors.find((s) => s.code === code);
        return sector ? textIn(sector.name, lang) : code;
      }}
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
            {textIn(p.name, lang)}
          </option>
        ))}
      </select>
      {field('park')}
    </label>
  );
}
