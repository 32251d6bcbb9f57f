import { useTranslation } from 'react-i18next';
import { Link } from '../router';
import { useSession } from '../auth/session';

/** For signed-in officers: record a new investment, deal or tenancy. */
export function OfficerActions() {
  const { t } = useTranslation();
  if (!useSession()) return null;
  return (
    <nav className="officer-actions" aria-label={t('edit.record')}>
      <Link to="/investments/new" className="button-link">
        {t('edit.newInvestment')}
      </Link>
      <Link to="/deals/new" className="button-link">
        {t('deals.new')}
      </Link>
      <Link to="/tenancies/new" className="button-link">
        {t('edit.newTenancy')}
      </Link>
    </nav>
  );
}
