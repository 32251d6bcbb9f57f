// The state every record form shares: the version being edited, field errors, a general message and "saved", plus
// `run`, which turns an API answer into that state (a conflict is handed to the form, which merges the newer version).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../router';
import { fieldErrorsOf, isConflict, requestMessage, type FieldProblems } from './errors';
import { fieldHelpers } from './parts';

export function useRecordEditor(onConflict: () => Promise<void>) {
  const { t } = useTranslation();
  const [version, setVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldProblems>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  /** Runs a save or delete; a returned number is the new version (the record was saved). */
  async function run(action: () => Promise<number | void>) {
    setErrors({});
    setMessage(null);
    setSaved(false);
    try {
      const next = await action();
      if (typeof next === 'number') {
        setVersion(next);
        setSaved(true);
      }
    } catch (err) {
      if (isConflict(err)) {
        await onConflict();
        return;
      }
      const fields = fieldErrorsOf(err);
      setErrors(fields);
      setMessage(Object.keys(fields).length ? t('edit.fixFields') : requestMessage(err, t));
    }
  }

  return { version, setVersion, errors, message, saved, setSaved, run, ...fieldHelpers(errors) };
}

/** What a visitor sees on a form page before signing in, in the words of the record the form is for. */
export function SignInRequired({ record }: { record: 'deal' | 'investment' | 'tenancy' }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <section className="narrow" data-sign-in-required={record}>
      <p>{t(`edit.signInFirst_${record}`)}</p>
      <Link to={`/signin?next=${encodeURIComponent(pathname)}`}>{t('auth.signIn')}</Link>
    </section>
  );
}
