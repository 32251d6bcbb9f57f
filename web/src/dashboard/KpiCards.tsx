import { useTranslation } from 'react-i18next';
import { Link } from '../router';
import type { Kpi } from '../charts/view-models';
import { DemoMark } from '../components/DemoMark';
import type { KpiFilter } from './view-state';
import { formatMoney, formatNumber, type Lang } from '../format/format';

export interface KpiCard extends Kpi {
  id: string;
  label: string;
  kind: 'money' | 'count' | 'area';
  currency?: string;
  note?: string;
  spark?: number[];
  /** Where the quotes behind a verified figure are shown. */
  sourceHref?: string;
  /** True when the figure is computed from DEMO records (as the API says). */
  demo?: boolean;
  /** The filters this figure follows, and the chosen ones it does not (from the API's answer). */
  follows?: KpiFilter[];
  ignores?: KpiFilter[];
}

/** A tiny inline line (no chart library: the KPIs render before recharts has loaded). */
function Sparkline({ values }: { values: number[] }) {
  if (values.length < 2) return null;
  const max = Math.max(...values, 1);
  const points = values.map((v, i) => `${(i / (values.length - 1)) * 100},${30 - (v / max) * 28}`).join(' ');
  return (
    <svg className="sparkline" viewBox="0 0 100 32" preserveAspectRatio="none" aria-hidden="true">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

export function KpiCards({
  cards,
  lang,
  loading,
  period,
  previousPeriod,
}: {
  cards: KpiCard[];
  lang: Lang;
  loading: boolean;
  period: { from: string; to: string } | null | undefined;
  previousPeriod: { from: string; to: string } | null | undefined;
}) {
  const { t } = useTranslation();
  const show = (c: KpiCard) => {
    if (c.value == null) return t('dashboard.unknown');
    if (c.kind === 'money') return formatMoney(String(Math.round(c.value)), c.currency ?? 'USD', lang);
    if (c.kind === 'area') return t('dashboard.mu', { value: formatNumber(c.value, lang, 0), ha: formatNumber(c.value / 15, lang, 1) });
    return formatNumber(c.value, lang, 0);
  };
  return (
    <div className="kpis" aria-busy={loading}>
      <p className="kpi-period">
        {period ? t('dashboard.periodNote', { from: period.from, to: period.to }) : t('dashboard.allTime')}
        {previousPeriod ? ` · ${t('dashboard.comparedWith', { from: previousPeriod.from, to: previousPeriod.to })}` : ''}
      </p>
      <ul className="kpi-grid">
        {cards.map((c) => (
          <li key={c.id} className="kpi" data-kpi={c.id}>
            <span className="kpi-label">
              {c.label} <DemoMark show={c.demo} />
            </span>
            <strong className="kpi-value">{show(c)}</strong>
            {c.direction ? (
              <span className={`kpi-change kpi-${c.direction}`}>
                {c.direction === 'up' ? '▲' : c.direction === 'down' ? '▼' : '■'}{' '}
                {c.changePercent == null ? t('dashboard.fromZero') : `${c.changePercent > 0 ? '+' : ''}${formatNumber(c.changePercent, lang, 1)}%`}
                <span className="visually-hidden"> {t('dashboard.vsPrevious')}</span>
              </span>
            ) : (
              <span className="kpi-change kpi-none">{t('dashboard.noComparison')}</span>
            )}
            {c.spark ? <Sparkline values={c.spark} /> : null}
            {c.note ? <span className="kpi-note">{c.note}</span> : null}
            {c.follows ? (
              <span className="kpi-follows" data-follows={c.follows.join(',')}>
                {t('dashboard.kpi.follows', { list: c.follows.map((f) => t(`dashboard.filterName.${f}`)).join(lang === 'zh' ? '、' : ', ') })}
                {c.ignores?.length ? (
                  <strong className="kpi-ignores" data-ignores={c.ignores.join(',')}>
                    {' · '}
                    {t('dashboard.kpi.ignores', { list: c.ignores.map((f) => t(`dashboard.filterName.${f}`)).join(lang === 'zh' ? '、' : ', ') })}
                  </strong>
                ) : null}
              </span>
            ) : null}
            {c.sourceHref ? (
              <Link className="kpi-source" to={c.sourceHref}>
                {t('dashboard.kpi.sources')}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
