// The offline world map: world-atlas (Natural Earth, bundled) drawn with d3-geo. No tile server, no CDN. Render-only:
// the view model comes from map-models.ts. A chunk of its own, loaded when the map is about to be seen; the zone's
// schematic plot (ZonePlot.tsx) needs neither and renders with its page.
import { geoEqualEarth, geoPath, type GeoSphere } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import type { CountryShade } from './map-models';

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
