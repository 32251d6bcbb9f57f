// A schematic plot of the zone's parks (no map data, no library): numbered points with a legend. Render-only: the
// positions come from map-models.ts.
import { useTranslation } from 'react-i18next';
import { Link } from '../router';
import { labelParks, type PlottedPark } from './map-models';

export function ZonePlot({ parks, width, height }: { parks: PlottedPark[]; width: number; height: number }) {
  const { t } = useTranslation();
  const labelled = labelParks(parks, width, height);
  return (
    <figure className="zone-plot">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('maps.zone')} data-map="zone">
        <rect width={width} height={height} fill="#f5f7fa" />
        {labelled.map((p) => (
          <g key={p.slug} data-park={p.slug}>
            <title>{`${p.number}. ${p.label}`}</title>
            {p.leader ? <line x1={p.x} y1={p.y} x2={p.labelX} y2={p.labelY} stroke="#8a96a6" strokeWidth={0.75} /> : null}
            <circle cx={p.x} cy={p.y} r={p.current ? 7 : 5} fill={p.current ? '#b42318' : '#0b5cad'} />
            <rect x={p.labelX - 7} y={p.labelY - 7} width={14} height={14} rx={3} fill="#fff" stroke={p.current ? '#b42318' : '#0b5cad'} strokeWidth={0.75} />
            <text x={p.labelX} y={p.labelY} dy="0.35em" textAnchor="middle" fontSize={10} fontWeight={700} fill="#1d2733" data-number={p.number}>
              {p.number}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {t('maps.approximate')}
        <ol className="zone-legend">
          {labelled.map((p) => (
            <li key={p.slug} value={p.number} className={p.current ? 'current' : undefined}>
              <Link to={`/parks/${p.slug}`} aria-current={p.current ? 'page' : undefined}>
                {p.label}
              </Link>
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
