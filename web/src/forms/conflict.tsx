// What a form shows when someone else saved the record first.
import { useTranslation } from 'react-i18next';

export function ConflictNotice({ what, version, detail, onReload }: { what: string; version: number; detail?: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="conflict" role="alert" data-conflict>
      <p>{t('edit.conflictRecord', { what, version })}</p>
      {detail ? <p>{detail}</p> : null}
      <button type="button" onClick={onReload}>
        {t('edit.reload')}
      </button>
    </div>
  );
}
