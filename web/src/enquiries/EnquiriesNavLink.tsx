// The shell's link to the officers' enquiries, with the number of NEW ones (asked every minute while signed in).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import { useSession } from '../auth/session';
import { formatNumber } from '../format/format';
import { currentLanguage } from '../i18n';
import { NavLink } from '../router';

const NewEnquiryCountQuery = graphql(`
  query NewEnquiryCountQuery {
    newEnquiryCount
  }
`);

export function EnquiriesNavLink() {
  const session = useSession();
  return session ? <SignedInLink /> : null;
}

function SignedInLink() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(NewEnquiryCountQuery, { pollInterval: 60_000, fetchPolicy: 'cache-and-network' });
  const count = data?.newEnquiryCount ?? 0;
  return (
    <NavLink to="/enquiries">
      {t('nav.enquiries')}
      {count ? (
        <span className="nav-count" data-new-enquiries={count} aria-label={t('nav.newEnquiries', { count })}>
          {formatNumber(count, currentLanguage(i18n.language))}
        </span>
      ) : null}
    </NavLink>
  );
}
