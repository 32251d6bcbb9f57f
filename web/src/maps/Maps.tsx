// Offline maps: the world from world-atlas (Natural Earth, bundled) drawn with d3-geo, and a schematic plot of the
// zone's parks. No tile server, no CDN. Render-only: the view models come from map-models.ts.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { Link } from '../router';
import type { CountryShade, PlottedPark } from './map-models';

const WIDTH = 720;
const HEIGHT = 360;
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features;
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' } as never);
const path = geoPath(projection);
const outlines = countries.map((f) => ({ id: String(f.id), d: path(f) ?? '' }));

export function WorldMap({ shades, title }: { shades: CountryShade[]; title: string }) {
  const byId = new Map(shades.map((s) => [s.numericId, s]));
  return (
    <svg className="world-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} data-map="world">
      <path d={path({ type: 'Sphere' } as never) ?? ''} fill="#eef3f8" />
      {outlines.map((c) => {
        const shade = byId.get(c.id);
        return (
          <path key={c.id} d={c.d} fill={shade ? `rgba(11, 92, 173, ${0.25 + 0.75 * shade.intensity})` : '#d5dbe3'} stroke="#fff" strokeWidth={0.4} data-country={shade?.alpha2}>
            {shade ? <title>{`${shade.alpha2}: ${shade.count}`}</title> : null}
          </path>
        );
      })}
    </svg>
  );
}

export function ZonePlot({ parks, width, height }: { parks: PlottedPark[]; width: number; height: number }) {
  const { t } = useTranslation();
  return (
    <figure className="zone-plot">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('maps.zone')} data-map="zone">
        <rect width={width} height={height} fill="#f5f7fa" />
        {parks.map((p) => (
          <g key={p.slug} transform={`translate(${p.x} ${p.y})`}>
            <circle r={p.current ? 7 : 5} fill={p.current ? '#b42318' : '#0b5cad'} />
            <text x={9} y={4} fontSize={11} fill="#1d2733">
              {p.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {t('maps.approximate')}{' '}
        {parks.map((p, i) => (
          <span key={p.slug}>
            {i ? ' · ' : ''}
            <Link to={`/parks/${p.slug}`}>{p.label}</Link>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
