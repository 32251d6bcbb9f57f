import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, shareUrl } from '../i18n';
import { useLocation } from '../router';
import { useOrigin } from '../ssr/page-context';

/** Copies this page's link. It names the interface language only when the sharer asks ("in this language");
 * otherwise whoever opens it reads it in their own language. */
export function ShareLink() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const { pathname, search } = useLocation();
  const [inLanguage, setInLanguage] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const url = shareUrl(`${useOrigin()}${pathname}${search}`, inLanguage ? lang : null);
  const copy = () =>
    void (navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject(new Error('no clipboard'))).then(
      () => setCopied(url),
      () => setCopied(''), // no clipboard (an insecure origin, a refused permission): the link is shown to copy by hand
    );
  return (
    <span className="share-link no-print">
      <button type="button" onClick={copy} data-share-url={url}>
        {t('share.copy')}
      </button>
      <label>
        <input type="checkbox" checked={inLanguage} onChange={(e) => setInLanguage(e.target.checked)} data-share-language />
        {t('share.inThisLanguage', { language: t(`lang.${lang}`) })}
      </label>
      {copied === url ? (
        <span role="status" className="saved">
          {t('share.copied')}
        </span>
      ) : copied === '' ? (
        <input readOnly value={url} aria-label={t('share.link')} onFocus={(e) => e.target.select()} />
      ) : null}
    </span>
  );
}
