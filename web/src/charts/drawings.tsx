// The dashboard's recharts drawings, in a chunk of their own: a chart card (DashboardCharts) loads it when its chart
// is about to be seen (components/Deferred), so recharts waits below the fold. Render-only, like the cards.
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chosen, type ListFilter, type ViewState } from '../dashboard/view-state';
import { formatMoney, formatNumber, type Lang } from '../format/format';
import { axisLabels, lineSegments, wrapLabel, type BarRow, type TimePoint } from './view-models';

const COLORS = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be123c', '#4d7c0f', '#0369a1', '#a16207', '#6d28d9', '#64748b'];

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

/** A horizontal bar per row, clicking a bar toggles its filter. */
export function BarsDrawing({
  rows,
  filter,
  view,
  onToggle,
  lang,
  currency,
  height,
}: {
  rows: BarRow[];
  filter: ListFilter;
  view: ViewState;
  onToggle: (n: ListFilter, v: string) => void;
  lang: Lang;
  currency: string;
  height: number;
}) {
  const { t } = useTranslation();
  const money = (v: number) => formatMoney(String(Math.round(v)), currency, lang);
  return (
    <ResponsiveContainer width="100%" height={height}>
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
  );
}

/** A series over time; partial buckets dashed. */
export function SeriesDrawing({
  id,
  points,
  lang,
  currency,
  format,
  height,
}: {
  id: string;
  points: TimePoint[];
  lang: Lang;
  currency: string;
  format: (p: TimePoint) => string;
  height: number;
}) {
  const { t } = useTranslation();
  const line = lineSegments(points, id === 'deals' ? 'count' : 'value');
  return (
    <ResponsiveContainer width="100%" height={height}>
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
  );
}
