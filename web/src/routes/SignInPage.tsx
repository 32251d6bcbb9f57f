import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from '../router';
import { useHydrated } from '../ssr/page-context';
import { signIn } from '../auth/session';
import { fieldErrorsOf, FormCheck, signInMessage, type FieldProblems } from '../forms/errors';
import { fieldHelpers } from '../forms/parts';

/** Officers sign in here; the session is kept until they sign out or it ends. Refusals are said in the interface language. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<FieldProblems>({});
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const check = new FormCheck();
    check.required('email', email);
    check.required('password', password);
    try {
      check.done();
    } catch (err) {
      setMissing(fieldErrorsOf(err));
      return;
    }
    setMissing({});
    setLoading(true);
    setError(null);
    // The refresh token stays in an HttpOnly cookie (POST /auth/signin); the page keeps the access token in memory.
    const ok = await signIn(email, password).then(
      () => true,
      (err: unknown) => {
        setError(err ?? new Error('no answer'));
        return false;
      },
    );
    setLoading(false);
    if (!ok) return;
    const next = params.get('next');
    navigate(next && next.startsWith('/') ? next : '/');
  };
  const { error: field, describe } = fieldHelpers(missing);
  return (
    <section className="narrow" aria-labelledby="signin-title">
      <h1 id="signin-title">{t('auth.title')}</h1>
      <form className="form" method="post" onSubmit={(e) => void submit(e)} noValidate>
        <label>
          {t('auth.email')}
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} {...describe('email')} />
          {field('email')}
        </label>
        <label>
          {t('auth.password')}
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            {...describe('password')}
          />
          {field('password')}
        </label>
        {error ? (
          <p className="form-error" role="alert" data-refusal>
            {signInMessage(error, t)}
          </p>
        ) : null}
        {/* Not before the page is hydrated: the browser would send the form itself, the password in the URL. */}
        <button type="submit" className="primary" disabled={loading || !hydrated}>
          {t('auth.submit')}
        </button>
      </form>
    </section>
  );
}
