// Render-only: every chart takes a prepared view model (view-models.ts) and draws it; each has a table beside it.
// The cards (title, PNG button, table) render at once; each drawing waits until it is about to be seen or the browser
// is idle (components/Deferred) in a placeholder of its exact height, and recharts loads with the first (drawings.tsx).
import { createContext, lazy, useContext, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chosen, type ListFilter, type ViewState } from '../dashboard/view-state';
import { formatMoney, formatNumber, type Lang } from '../format/format';
import { DemoMark } from '../components/DemoMark';
import { Deferred, renderAllDeferred, whenRendered } from '../components/Deferred';
import { downloadSvgAsPng } from './png';
import { useFilterOptions } from '../dashboard/FilterBar';
import { barsHeight, pngHeader, SERIES_HEIGHT, type BarRow, type FunnelStep, type TimePoint } from './view-models';

const BarsDrawing = lazy(() => import('./drawings').then((m) => ({ default: m.BarsDrawing })));
const SeriesDrawing = lazy(() => import('./drawings').then((m) => ({ default: m.SeriesDrawing })));

export interface DashboardChartData {
  currency: string;
  bySector: BarRow[];
  byCountry: BarRow[];
  byPark: BarRow[];
  overTime: TimePoint[];
  funnel: FunnelStep[];
  deals: TimePoint[];
  /** The period shown, in words, for PNG headers. */
  periodLabel?: string;
  /** Per chart id: true when the API says its figures include DEMO records. */
  demo?: Record<string, boolean>;
}

/** A chart's PNG header lines from its title. */
export type PngHeader = (title: string) => string[];
// A chart's PNG header (title, period, filters) from its title.
const PngHeaderContext = createContext<PngHeader>((title) => [title]);

// Which charts draw DEMO figures, for every card to mark itself (on screen and in its PNG).
const DemoCharts = createContext<Record<string, boolean>>({});

function ChartCard({
  id,
  title,
  empty,
  table,
  children,
  height,
  note,
  svg = true,
}: {
  id: string;
  title: string;
  empty: string | null;
  table: React.ReactNode;
  children: React.ReactNode;
  /** The drawing's height (px), reserved while it waits; none: the content renders at once. */
  height?: number;
  /** A line under the drawing (rendered at once). */
  note?: React.ReactNode;
  svg?: boolean;
}) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const demo = Boolean(useContext(DemoCharts)[id]);
  const header = useContext(PngHeaderContext)(title);
  const png = async () => {
    if (!frame.current) return;
    // A drawing still waiting (a quick click before it came into view) is drawn first.
    renderAllDeferred();
    const chart = await whenRendered<SVGSVGElement>(frame.current, 'svg.recharts-surface');
    if (chart) await downloadSvgAsPng(chart, `${title}.png`, { header, notice: demo ? `${t('verification.DEMO')}: ${t('provenance.demoFigure')}` : null });
  };
  return (
    <figure className="chart-card" data-chart={id}>
      <figcaption>
        {title} <DemoMark show={demo} />
        {svg && !empty ? (
          <button type="button" className="png" onClick={() => void png()} data-png={id}>
            {t('dashboard.png')}
          </button>
        ) : null}
      </figcaption>
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <div className="chart-frame" ref={frame}>
          {height === undefined ? children : <Deferred height={height}>{children}</Deferred>}
          {note}
        </div>
      )}
      {empty ? null : (
        <details className="chart-table">
          <summary>{t('dashboard.showTable')}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}

function BarsCard({
  id,
  title,
  rows,
  filter,
  view,
  onToggle,
  lang,
  currency,
}: {
  id: string;
  title: string;
  rows: BarRow[];
  filter: ListFilter;
  view: ViewState;
  onToggle: (n: ListFilter, v: string) => void;
  lang: Lang;
  currency: string;
}) {
  const { t } = useTranslation();
  const money = (v: number) => formatMoney(String(Math.round(v)), currency, lang);
  return (
    <ChartCard
      id={id}
      title={title}
      height={barsHeight(rows)}
      empty={rows.length ? null : t('dashboard.chartEmpty')}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{t('dashboard.table.amount')}</th>
              <th scope="col">{t('dashboard.kpi.projects')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.filterValue ? (
                    <button
                      type="button"
                      className="link"
                      aria-pressed={chosen(view, filter).includes(r.filterValue)}
                      onClick={() => onToggle(filter, r.filterValue!)}
                    >
                      {r.label}
                    </button>
                  ) : (
                    r.label
                  )}
                </th>
                <td className="num">{money(r.value)}</td>
                <td className="num">{formatNumber(r.count, lang, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarsDrawing rows={rows} filter={filter} view={view} onToggle={onToggle} lang={lang} currency={currency} height={barsHeight(rows)} />
    </ChartCard>
  );
}

function SeriesCard({
  id,
  title,
  points,
  lang,
  currency,
  format,
}: {
  id: string;
  title: string;
  points: TimePoint[];
  lang: Lang;
  currency: string;
  format: (p: TimePoint) => string;
}) {
  const { t } = useTranslation();
  const hasData = points.some((p) => p.count > 0);
  const hasPartial = points.some((p) => p.partial);
  return (
    <ChartCard
      id={id}
      title={title}
      height={SERIES_HEIGHT}
      note={
        hasPartial ? (
          <p className="chart-note" data-partial-note>
            {t('dashboard.partialNote')}
          </p>
        ) : null
      }
      empty={hasData ? null : t('dashboard.chartEmpty')}
      table={
        <table className="data-table">
          <tbody>
            {points.map((p) => (
              <tr key={p.key} data-partial={p.partial || undefined}>
                <th scope="row">
                  {p.label}
                  {p.partial ? ` (${t('dashboard.partialBucket')})` : ''}
                </th>
                <td className="num">{format(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <SeriesDrawing id={id} points={points} lang={lang} currency={currency} format={format} height={SERIES_HEIGHT} />
    </ChartCard>
  );
}

function FunnelCard({ steps, lang, view, onToggle }: { steps: FunnelStep[]; lang: Lang; view: ViewState; onToggle: (n: ListFilter, v: string) => void }) {
  const { t } = useTranslation();
  const max = Math.max(...steps.map((s) => s.count), 1);
  const hasData = steps.some((s) => s.count > 0);
  return (
    <ChartCard
      id="funnel"
      svg={false}
      title={t('dashboard.chart.funnel')}
      empty={hasData ? null : t('dashboard.chartEmpty')}
      table={
        <table className="data-table">
          <tbody>
            {steps.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{s.label}</th>
                <td className="num">{formatNumber(s.count, lang, 0)}</td>
                <td className="num">{s.ofFirst == null ? '' : `${formatNumber(s.ofFirst, lang, 1)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ol className="funnel">
        {steps.map((s) => (
          <li key={s.stage}>
            <button
              type="button"
              className={view.stages.includes(s.stage) ? 'active' : undefined}
              style={{ width: `${Math.max(12, (s.count / max) * 100)}%` }}
              onClick={() => onToggle('stages', s.stage)}
              aria-pressed={view.stages.includes(s.stage)}
              data-stage={s.stage}
            >
              <span>{s.label}</span> <strong>{formatNumber(s.count, lang, 0)}</strong>
            </button>
          </li>
        ))}
      </ol>
    </ChartCard>
  );
}

export default function DashboardCharts({
  data,
  lang,
  view,
  onToggle,
}: {
  data: DashboardChartData;
  lang: Lang;
  view: ViewState;
  onToggle: (n: ListFilter, v: string) => void;
}) {
  const { t } = useTranslation();
  const money = (p: TimePoint) => `${formatMoney(String(Math.round(p.value)), data.currency, lang)} · ${formatNumber(p.count, lang, 0)}`;
  const common = { view, onToggle, lang, currency: data.currency };
  const options = useFilterOptions(lang);
  const filters = (['parks', 'sectors', 'countries', 'stages', 'kinds'] as const)
    .filter((name) => view[name].length)
    .map(
      (name) =>
        `${t(`dashboard.filter.${name}`)}: ${chosen(view, name)
          .map((v) => options[name].find((o) => o.value === v)?.label ?? v)
          .join(', ')}`,
    );
  if (view.realOnly) filters.push(t('dashboard.filter.realOnly'));
  const header: PngHeader = (title) =>
    pngHeader(title, data.periodLabel ?? '', filters, { filters: t('dashboard.pngFilters'), none: t('dashboard.pngNoFilters') });
  return (
    <PngHeaderContext.Provider value={header}>
      <DemoCharts.Provider value={data.demo ?? {}}>
        <div className="chart-grid">
          <BarsCard id="sector" title={t('dashboard.chart.sector')} rows={data.bySector} filter="sectors" {...common} />
          <BarsCard id="country" title={t('dashboard.chart.country')} rows={data.byCountry} filter="countries" {...common} />
          <BarsCard id="park" title={t('dashboard.chart.park')} rows={data.byPark} filter="parks" {...common} />
          <SeriesCard id="time" title={t('dashboard.chart.time')} points={data.overTime} lang={lang} currency={data.currency} format={money} />
          <FunnelCard steps={data.funnel} lang={lang} view={view} onToggle={onToggle} />
          <SeriesCard
            id="deals"
            title={t('dashboard.chart.deals')}
            points={data.deals}
            lang={lang}
            currency={data.currency}
            format={(p) => formatNumber(p.count, lang, 0)}
          />
        </div>
      </DemoCharts.Provider>
    </PngHeaderContext.Provider>
  );
}
