// Pure view models for the offline maps: shading countries by count (ISO alpha-2 → the atlas's numeric ids), and
// placing parks on a schematic plot from their approximate coordinates.
import { whereAlpha2 } from 'iso-3166-1';

export interface CountryShade {
  /** ISO 3166-1 numeric id, as world-atlas names its features. */
  numericId: string;
  alpha2: string;
  count: number;
  /** 0–1 of the largest count. */
  intensity: number;
}

/** Counts by alpha-2 code → shades by numeric id; unknown codes (null, not ISO) are left out. */
export function countryShades(counts: { code: string | null; count: number }[]): CountryShade[] {
  const known = counts
    .filter((c): c is { code: string; count: number } => c.code !== null && c.count > 0)
    .map((c) => ({ alpha2: c.code, numericId: whereAlpha2(c.code)?.numeric ?? '', count: c.count }))
    .filter((c) => c.numericId);
  const max = Math.max(1, ...known.map((c) => c.count));
  return known.map((c) => ({ ...c, intensity: c.count / max }));
}

export interface PlottedPark {
  slug: string;
  label: string;
  x: number;
  y: number;
  current: boolean;
}

/** Parks with coordinates placed in a width × height box (north up, equal degrees, a margin around). */
export function plotParks(
  parks: { slug: string; label: string; latitude: number | null; longitude: number | null }[],
  current: string | null,
  width: number,
  height: number,
  margin = 24,
): PlottedPark[] {
  const placed = parks.filter((p): p is typeof p & { latitude: number; longitude: number } => p.latitude != null && p.longitude != null);
  if (!placed.length) return [];
  const lats = placed.map((p) => p.latitude);
  const lons = placed.map((p) => p.longitude);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const span = Math.max(maxLat - minLat, maxLon - minLon, 0.01);
  const scale = Math.min(width - 2 * margin, height - 2 * margin) / span;
  return placed.map((p) => ({
    slug: p.slug,
    label: p.label,
    x: margin + (p.longitude - minLon) * scale,
    y: height - margin - (p.latitude - minLat) * scale,
    current: p.slug === current,
  }));
}
