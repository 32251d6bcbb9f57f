// The pieces every record form shares: field errors (in the interface language), the delete confirmation and the
// organization picker.
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { type Lang, textIn } from '../format/format';
import { currentLanguage } from '../i18n';
import { fieldMessage, type FieldProblem, type FieldProblems } from './errors';

/** The message for `input.<name>` beside its field, in the interface language, and the attributes that tie the field to it. */
export function fieldHelpers(errors: FieldProblems) {
  return {
    error: (name: string) => {
      const problem = errors[`input.${name}`];
      return problem ? <FieldErrorMessage id={`err-${name.replace(/\./g, '-')}`} problem={problem} /> : null;
    },
    describe: (name: string) => (errors[`input.${name}`] ? { 'aria-invalid': true as const, 'aria-describedby': `err-${name.replace(/\./g, '-')}` } : {}),
  };
}

function FieldErrorMessage({ id, problem }: { id: string; problem: FieldProblem }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="field-error" id={id} role="alert" data-reason={problem.reason ?? undefined}>
      {fieldMessage(problem, t, currentLanguage(i18n.language))}
    </span>
  );
}

export function DeleteButton({ label, onConfirm }: { label: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
        {t('edit.delete')}
      </button>
      <dialog ref={dialog} aria-labelledby="confirm-title">
        <h2 id="confirm-title">{t('edit.confirmDeleteRecord')}</h2>
        <p>{label}</p>
        <button
          type="button"
          className="danger"
          onClick={() => {
            dialog.current?.close();
            onConfirm();
          }}
        >
          {t('edit.delete')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('edit.cancel')}
        </button>
      </dialog>
    </>
  );
}

/** An organization as a form holds it once picked (its id and its name in the interface language). */
export interface PickedOrganization {
  id: string;
  name: string;
}

/** What a form reads of an organization it shows as picked: spread by the forms' queries and by the picker's search. */
export const PickedOrganization_organization = graphql(`
  fragment PickedOrganization_organization on Organization {
    id
    name {
      zh
      en
      ru
    }
  }
`);

export function pickedOrganization(ref: FragmentType<typeof PickedOrganization_organization>, lang: Lang): PickedOrganization {
  const o = getFragmentData(PickedOrganization_organization, ref);
  return { id: o.id, name: textIn(o.name, lang) };
}

const OrganizationSearchQuery = graphql(`
  query OrganizationSearchQuery($search: String!) {
    organizations(filter: { search: $search }, first: 8) {
      nodes {
        id
        ...PickedOrganization_organization
        country
      }
    }
  }
`);

export function OrganizationPicker({ lang, label, onPick }: { lang: Lang; label: string; onPick: (o: PickedOrganization) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data } = useQuery(OrganizationSearchQuery, { variables: { search }, skip: search.trim().length < 2 });
  return (
    <div className="org-picker">
      <label>
        {label}
        <input type="search" name="organizationSearch" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('edit.searchOrganization')} />
      </label>
      {search.trim().length >= 2 && data ? (
        <ul className="picker-results">
          {data.organizations.nodes.map((o) => {
            const picked = pickedOrganization(o, lang);
            return (
              <li key={o.id}>
                <button
                  type="button"
                  onClick={() => {
                    onPick(picked);
                    setSearch('');
                  }}
                >
                  {picked.name}
                  {o.country ? ` (${o.country})` : ''}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
