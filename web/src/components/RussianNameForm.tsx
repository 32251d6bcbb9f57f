// An officer's Russian name for a park or an organization: a translation beside the record's own names, saved with who
// entered it and when (the API marks it); the record's provenance and quotes stay as they are.
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import { fieldErrorsOf, isConflict, requestMessage } from '../forms/errors';
import { fieldHelpers } from '../forms/parts';

const UpdateParkRussianName = graphql(`
  mutation UpdateParkRussianName($input: UpdateParkInput!) {
    updatePark(input: $input) {
      id
      version
      name {
        zh
        en
        ru
        ...TranslationMark_text
      }
    }
  }
`);

const UpdateOrganizationRussianName = graphql(`
  mutation UpdateOrganizationRussianName($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      version
      name {
        zh
        en
        ru
        ...TranslationMark_text
      }
    }
  }
`);

/** The Russian name field of a park or an organization, for a signed-in officer; empty removes the translation. */
export function RussianNameForm(props: { record: 'park' | 'organization'; id: string; version: number; ru: string | null | undefined }) {
  const { t } = useTranslation();
  const hint = useId();
  const [value, setValue] = useState(props.ru ?? '');
  const [saved, setSaved] = useState(false);
  const [savePark, park] = useMutation(UpdateParkRussianName);
  const [saveOrganization, organization] = useMutation(UpdateOrganizationRussianName);
  const { loading, error } = props.record === 'park' ? park : organization;
  const { error: fieldError, describe } = fieldHelpers(fieldErrorsOf(error));
  const problems = error && !fieldError('nameRu');

  const submit = async () => {
    setSaved(false);
    const input = { id: props.id, version: props.version, nameRu: value.trim() || null };
    try {
      await (props.record === 'park' ? savePark({ variables: { input } }) : saveOrganization({ variables: { input } }));
      setSaved(true);
    } catch {
      // shown from the mutation's error state
    }
  };

  return (
    <form
      className="form russian-name no-print"
      data-form={`ru-name-${props.record}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('translation.nameRu')}
        <input
          name="nameRu"
          lang="ru"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
          aria-describedby={hint}
          {...describe('nameRu')}
        />
        <small id={hint} className="translation-hint">
          {t('edit.translationHint')}
        </small>
        {fieldError('nameRu')}
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {t('edit.save')}
        </button>
      </div>
      {saved ? <p role="status">{t('edit.saved')}</p> : null}
      {problems ? (
        <p className="form-error" role="alert">
          {isConflict(error) ? t('translation.conflict') : requestMessage(error, t)}
        </p>
      ) : null}
    </form>
  );
}
