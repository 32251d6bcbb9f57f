import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from './router';
import { graphql } from './__generated__';
import { currentLanguage, LANGUAGES, setLanguage } from './i18n';
import { UserMenu } from './auth/UserMenu';
import { LoadingState } from './components/States';
import { NotFoundPage } from './routes/NotFoundPage';

// Each page is its own chunk: the shell loads only the page it opens on.
const DashboardPage = lazy(() => import('./routes/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ParksPage = lazy(() => import('./routes/ParksPage').then((m) => ({ default: m.ParksPage })));
const DealsPage = lazy(() => import('./routes/DealsPage').then((m) => ({ default: m.DealsPage })));
const DealEditPage = lazy(() => import('./routes/DealEditPage').then((m) => ({ default: m.DealEditPage })));
const InvestmentEditPage = lazy(() => import('./routes/InvestmentEditPage').then((m) => ({ default: m.InvestmentEditPage })));
const TenancyEditPage = lazy(() => import('./routes/TenancyEditPage').then((m) => ({ default: m.TenancyEditPage })));
const SignInPage = lazy(() => import('./routes/SignInPage').then((m) => ({ default: m.SignInPage })));
const ApiPage = lazy(() => import('./routes/ApiPage').then((m) => ({ default: m.ApiPage })));

const AppShellQuery = graphql(`
  query AppShellQuery {
    dataset { includesDemoData }
  }
`);

export function App() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const { data } = useQuery(AppShellQuery);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
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
          <NavLink to="/">
            {t('nav.overview')}
          </NavLink>
          <NavLink to="/deals">{t('nav.deals')}</NavLink>
          <NavLink to="/parks">{t('nav.parks')}</NavLink>
          <NavLink to="/api">{t('nav.api')}</NavLink>
        </nav>
        <UserMenu />
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" lang={l === 'zh' ? 'zh-CN' : 'en'} aria-pressed={lang === l} onClick={() => void setLanguage(l)}>
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
          <Route path="/deals" element={<DealsPage />} />
          <Route path="/deals/new" element={<DealEditPage />} />
          <Route path="/deals/:id/edit" element={<DealEditPage />} />
          <Route path="/investments/new" element={<InvestmentEditPage />} />
          <Route path="/investments/:id/edit" element={<InvestmentEditPage />} />
          <Route path="/tenancies/new" element={<TenancyEditPage />} />
          <Route path="/tenancies/:id/edit" element={<TenancyEditPage />} />
          <Route path="/signin" element={<SignInPage />} />
          <Route path="/api" element={<ApiPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
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
