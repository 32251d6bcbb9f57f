import { useTranslation } from 'react-i18next';
import { Link } from '../router';
import { usePageRequest } from '../ssr/page-context';

export function NotFoundPage() {
  const { t } = useTranslation();
  // Rendered on the server: the answer's status says so too.
  usePageRequest().status = 404;
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
