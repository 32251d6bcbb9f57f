import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router';
import { graphql } from '../__generated__';
import { getSession, setSession, useSession } from './session';

const SignOutMutation = graphql(`
  mutation SignOutMutation($t: String!) {
    signOut(refreshToken: $t)
  }
`);

/** "Sign in", or the officer's name and "Sign out". */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useApolloClient();
  const [signOut] = useMutation(SignOutMutation);
  if (!session) {
    return (
      <Link className="user-menu" to="/signin">
        {t('auth.signIn')}
      </Link>
    );
  }
  return (
    <span className="user-menu">
      <span data-officer={session.officer.email}>{session.officer.name}</span>
      <button
        type="button"
        onClick={async () => {
          const token = getSession()?.refreshToken;
          if (token) await signOut({ variables: { t: token } }).catch(() => undefined);
          setSession(null);
          await client.resetStore();
        }}
      >
        {t('auth.signOut')}
      </button>
    </span>
  );
}
