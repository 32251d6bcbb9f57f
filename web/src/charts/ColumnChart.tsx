// Render-only counting columns (no chart library, so pages without recharts stay light): a y axis with gridlines,
// each value written on its column (readable on touch screens, no hover needed), x labels thinned when crowded,
// partial buckets hatched and said in words.
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang } from '../format/format';
import type { ColumnChart as Model } from './view-models';

export function ColumnChart({ chart, lang, label }: { chart: Model; lang: Lang; label: string }) {
  const { t } = useTranslation();
  const writeAll = chart.columns.length <= 24;
  return (
    <div className="column-chart" data-columns={chart.columns.length}>
      <div className="column-axis" aria-hidden="true">
        {chart.ticks.map((tick) => (
          <span key={tick.value} style={{ bottom: `${tick.percent}%` }}>
            {formatNumber(tick.value, lang, 0)}
          </span>
        ))}
      </div>
      <div className="column-area">
        {chart.ticks.map((tick) => (
          <span key={tick.value} className="column-grid" style={{ bottom: `${tick.percent}%` }} aria-hidden="true" />
        ))}
        <ol className="column-plot" aria-label={label}>
          {chart.columns.map((c) => (
            <li key={c.key} data-partial={c.partial || undefined} title={`${c.label}: ${c.count}${c.partial ? ` (${t('dashboard.partialBucket')})` : ''}`}>
              {c.count > 0 && (writeAll || c.showLabel) ? (
                <span className="column-value" aria-hidden="true">
                  {formatNumber(c.count, lang, 0)}
                </span>
              ) : null}
              <span className="bar" style={{ height: `${c.heightPercent}%` }} />
              <span className="column-label" aria-hidden="true">
                {c.showLabel ? c.axisLabel : ''}
              </span>
              <span className="visually-hidden">
                {c.label}: {formatNumber(c.count, lang, 0)}
                {c.partial ? ` (${t('dashboard.partialBucket')})` : ''}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
