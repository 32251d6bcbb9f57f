import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from './router';
import { graphql } from './__generated__';
import { chooseLanguage, currentLanguage, LANGUAGES, pageMessages } from './i18n';
import { locale } from './format/format';
import { UserMenu } from './auth/UserMenu';
import { EnquiriesNavLink } from './enquiries/EnquiriesNavLink';
import { ImportNavLink } from './imports/ImportNavLink';
import { LoadingState } from './components/States';
import { NotFoundPage } from './routes/NotFoundPage';

// Each page is its own chunk: the shell loads only the page it opens on.
const DashboardPage = lazy(() => Promise.all([import('./routes/DashboardPage'), pageMessages()]).then(([m]) => ({ default: m.DashboardPage })));
const ParksPage = lazy(() => Promise.all([import('./routes/ParksPage'), pageMessages()]).then(([m]) => ({ default: m.ParksPage })));
const DealsPage = lazy(() => Promise.all([import('./routes/DealsPage'), pageMessages()]).then(([m]) => ({ default: m.DealsPage })));
const DealEditPage = lazy(() => Promise.all([import('./routes/DealEditPage'), pageMessages()]).then(([m]) => ({ default: m.DealEditPage })));
const InvestmentEditPage = lazy(() => Promise.all([import('./routes/InvestmentEditPage'), pageMessages()]).then(([m]) => ({ default: m.InvestmentEditPage })));
const TenancyEditPage = lazy(() => Promise.all([import('./routes/TenancyEditPage'), pageMessages()]).then(([m]) => ({ default: m.TenancyEditPage })));
const ParkProfilePage = lazy(() => Promise.all([import('./routes/ParkProfilePage'), pageMessages()]).then(([m]) => ({ default: m.ParkProfilePage })));
const ComparePage = lazy(() => Promise.all([import('./routes/ComparePage'), pageMessages()]).then(([m]) => ({ default: m.ComparePage })));
const FitPage = lazy(() => Promise.all([import('./routes/FitPage'), pageMessages()]).then(([m]) => ({ default: m.FitPage })));
const SignInPage = lazy(() => Promise.all([import('./routes/SignInPage'), pageMessages()]).then(([m]) => ({ default: m.SignInPage })));
const EnquiriesPage = lazy(() => Promise.all([import('./routes/EnquiriesPage'), pageMessages()]).then(([m]) => ({ default: m.EnquiriesPage })));
const ImportPage = lazy(() => Promise.all([import('./routes/ImportPage'), pageMessages()]).then(([m]) => ({ default: m.ImportPage })));
const ApiPage = lazy(() => Promise.all([import('./routes/ApiPage'), pageMessages()]).then(([m]) => ({ default: m.ApiPage })));

const AppShellQuery = graphql(`
  query AppShellQuery {
    dataset {
      includesDemoData
    }
  }
`);

/**
 * Marks the document (`<html data-hydrated>`) once the page's own part has hydrated (or rendered, without a server
 * render): from then on its controls answer. Browser tests and the screenshot script wait for it.
 */
function HydratedMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}

export function App() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const { data } = useQuery(AppShellQuery);

  useEffect(() => {
    document.documentElement.lang = locale(lang);
    document.title = t('app.name');
  }, [lang, t]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <span>{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          <NavLink to="/">{t('nav.overview')}</NavLink>
          <NavLink to="/deals">{t('nav.deals')}</NavLink>
          <NavLink to="/parks">{t('nav.parks')}</NavLink>
          <NavLink to="/compare">{t('nav.compare')}</NavLink>
          <NavLink to="/fit">{t('nav.fit')}</NavLink>
          <NavLink to="/api">{t('nav.api')}</NavLink>
          <EnquiriesNavLink />
          <ImportNavLink />
        </nav>
        <UserMenu />
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" lang={locale(l)} aria-pressed={lang === l} onClick={() => void chooseLanguage(l)}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      </header>
      <main>
        <Suspense fallback={<LoadingState />}>
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/parks" element={<ParksPage />} />
            <Route path="/parks/:slug" element={<ParkProfilePage />} />
            <Route path="/deals" element={<DealsPage />} />
            <Route path="/deals/new" element={<DealEditPage />} />
            <Route path="/deals/:id/edit" element={<DealEditPage />} />
            <Route path="/investments/new" element={<InvestmentEditPage />} />
            <Route path="/investments/:id/edit" element={<InvestmentEditPage />} />
            <Route path="/tenancies/new" element={<TenancyEditPage />} />
            <Route path="/tenancies/:id/edit" element={<TenancyEditPage />} />
            <Route path="/compare" element={<ComparePage />} />
            <Route path="/fit" element={<FitPage />} />
            <Route path="/signin" element={<SignInPage />} />
            <Route path="/api" element={<ApiPage />} />
            <Route path="/enquiries" element={<EnquiriesPage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
          <HydratedMark />
        </Suspense>
      </main>
      <footer className="app-footer">
        {data ? (
          <p className={data.dataset.includesDemoData ? 'demo-warning' : undefined} data-demo={String(data.dataset.includesDemoData)}>
            {data.dataset.includesDemoData ? t('footer.demo') : t('footer.noDemo')}
          </p>
        ) : null}
      </footer>
    </div>
  );
}
