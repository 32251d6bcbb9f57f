// Render-only: every chart takes a prepared view model (view-models.ts) and draws it; each has a table beside it.
import { createContext, useContext, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chosen, type ListFilter, type ViewState } from '../dashboard/view-state';
import { formatMoney, formatNumber, type Lang } from '../format/format';
import { DemoMark } from '../components/DemoMark';
import { downloadSvgAsPng } from './png';
import { useFilterOptions } from '../dashboard/FilterBar';
import { axisLabels, lineSegments, pngHeader, wrapLabel, type BarRow, type FunnelStep, type TimePoint } from './view-models';

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

/** A category label wrapped in two lines, with the full name as its tooltip (long park names never clip). */
function WrappedTick({
  x,
  y,
  payload,
  labels,
  width,
}: {
  x?: number;
  y?: number;
  payload?: { value: string; index: number };
  labels: string[];
  width: number;
}) {
  const full = payload?.value ?? '';
  const lines = wrapLabel(labels[payload?.index ?? 0] ?? full, width);
  return (
    <g transform={`translate(${x ?? 0},${y ?? 0})`}>
      <title>{full}</title>
      <text textAnchor="end" fontSize={11} fill="#374151">
        {lines.map((line, i) => (
          <tspan key={i} x={-4} dy={i === 0 ? (lines.length > 1 ? -2 : 4) : 12}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

// Which charts draw DEMO figures, for every card to mark itself (on screen and in its PNG).
const DemoCharts = createContext<Record<string, boolean>>({});

const COLORS = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be123c', '#4d7c0f', '#0369a1', '#a16207', '#6d28d9', '#64748b'];

function ChartCard({
  id,
  title,
  empty,
  table,
  children,
  svg = true,
}: {
  id: string;
  title: string;
  empty: string | null;
  table: React.ReactNode;
  children: React.ReactNode;
  svg?: boolean;
}) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const demo = Boolean(useContext(DemoCharts)[id]);
  const header = useContext(PngHeaderContext)(title);
  const png = () => {
    const chart = frame.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (chart) void downloadSvgAsPng(chart, `${title}.png`, { header, notice: demo ? `${t('verification.DEMO')}: ${t('provenance.demoFigure')}` : null });
  };
  return (
    <figure className="chart-card" data-chart={id}>
      <figcaption>
        {title} <DemoMark show={demo} />
        {svg && !empty ? (
          <button type="button" className="png" onClick={png} data-png={id}>
            {t('dashboard.png')}
          </button>
        ) : null}
      </figcaption>
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <div className="chart-frame" ref={frame}>
          {children}
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
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 34 + 30)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={money} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={150}
            interval={0}
            tick={
              <WrappedTick
                labels={axisLabels(
                  rows.map((r) => r.label),
                  lang === 'zh' ? 24 : 44,
                )}
                width={lang === 'zh' ? 12 : 23}
              />
            }
          />
          <Tooltip formatter={(v) => money(Number(v))} />
          <Bar
            isAnimationActive={false}
            dataKey="value"
            name={t('dashboard.table.amount')}
            cursor="pointer"
            onClick={(entry) => {
              // recharts leaves a bar's payload untyped (`any`): it is the row this chart was given.
              const row = (entry as unknown as { payload?: BarRow }).payload;
              if (row?.filterValue) onToggle(filter, row.filterValue);
            }}
          >
            {rows.map((r, i) => (
              <Cell
                key={r.id}
                fill={COLORS[i % COLORS.length]}
                opacity={view[filter].length && r.filterValue && !chosen(view, filter).includes(r.filterValue) ? 0.35 : 1}
                data-bar={r.filterValue ?? r.id}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
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
  const line = lineSegments(points, id === 'deals' ? 'count' : 'value');
  const hasPartial = points.some((p) => p.partial);
  return (
    <ChartCard
      id={id}
      title={title}
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
      <ResponsiveContainer width="100%" height={220}>
        <AreaChart data={line} margin={{ left: 8, right: 16, top: 8, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={12} />
          <YAxis
            tick={{ fontSize: 11 }}
            width={80}
            tickFormatter={(v) => (id === 'deals' ? formatNumber(Number(v), lang, 0) : formatMoney(String(Math.round(Number(v))), currency, lang))}
          />
          <Tooltip
            content={({ active, payload }) => {
              const p = active ? (payload?.[0]?.payload as TimePoint | undefined) : undefined;
              return p ? (
                <div className="chart-tip">
                  {p.label}
                  {p.partial ? ` (${t('dashboard.partialBucket')})` : ''}: {format(p)}
                </div>
              ) : null;
            }}
          />
          {/* Straight segments (no smoothing invents values between buckets); partial buckets dashed, unfilled. */}
          <Area isAnimationActive={false} type="linear" dataKey="solid" stroke="#1d4ed8" fill="#bfdbfe" connectNulls={false} dot={{ r: 2 }} />
          <Area
            isAnimationActive={false}
            type="linear"
            dataKey="dashed"
            stroke="#1d4ed8"
            strokeDasharray="5 4"
            fill="none"
            connectNulls={false}
            dot={{ r: 2, strokeDasharray: '' }}
            legendType="none"
          />
        </AreaChart>
      </ResponsiveContainer>
      {hasPartial ? (
        <p className="chart-note" data-partial-note>
          {t('dashboard.partialNote')}
        </p>
      ) : null}
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
