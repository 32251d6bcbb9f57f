import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router';
import { signOut, useSession } from './session';

/** "Sign in", or the officer's name and "Sign out". */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useApolloClient();
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
          await signOut();
          await client.resetStore();
        }}
      >
        {t('auth.signOut')}
      </button>
    </span>
  );
}
