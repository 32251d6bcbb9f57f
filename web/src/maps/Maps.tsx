// Offline maps: the world from world-atlas (Natural Earth, bundled) drawn with d3-geo, and a schematic plot of the
// zone's parks. No tile server, no CDN. Render-only: the view models come from map-models.ts.
import { geoEqualEarth, geoPath, type GeoSphere } from 'd3-geo';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { Link } from '../router';
import { labelParks, type CountryShade, type PlottedPark } from './map-models';

const WIDTH = 720;
const HEIGHT = 360;
// A JSON import widens `type: "Topology"` to string: read the file as the TopoJSON it is.
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features;
/** The whole globe: the map's outline and what the projection fits. */
const sphere: GeoSphere = { type: 'Sphere' };
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], sphere);
const path = geoPath(projection);
const outlines = countries.map((f) => ({ id: String(f.id), d: path(f) ?? '' }));

export function WorldMap({ shades, title }: { shades: CountryShade[]; title: string }) {
  const byId = new Map(shades.map((s) => [s.numericId, s]));
  return (
    <svg className="world-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} data-map="world">
      <path d={path(sphere) ?? ''} fill="#eef3f8" />
      {outlines.map((c) => {
        const shade = byId.get(c.id);
        return (
          <path
            key={c.id}
            d={c.d}
            fill={shade ? `rgba(11, 92, 173, ${0.25 + 0.75 * shade.intensity})` : '#d5dbe3'}
            stroke="#fff"
            strokeWidth={0.4}
            data-country={shade?.alpha2}
          >
            {shade ? <title>{`${shade.alpha2}: ${shade.count}`}</title> : null}
          </path>
        );
      })}
    </svg>
  );
}

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
