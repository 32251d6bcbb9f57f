// The shell's link to the officers' import page, shown while an officer is signed in.
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { NavLink } from '../router';

export function ImportNavLink() {
  const { t } = useTranslation();
  const session = useSession();
  return session ? <NavLink to="/import">{t('nav.import')}</NavLink> : null;
}
