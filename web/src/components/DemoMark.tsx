import { useTranslation } from 'react-i18next';

/**
 * The demo badge (the same "Demo data" badge the record lists show) beside a figure computed from DEMO records;
 * renders nothing when the API says the figure includes none. Prints too.
 */
export function DemoMark({ show = true }: { show?: boolean | null }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <span className="badge badge-demo demo-mark" data-demo-mark="" title={t('provenance.demoFigure')}>
      {t('verification.DEMO')}
    </span>
  );
}
