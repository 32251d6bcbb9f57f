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

export interface LabelledPark extends PlottedPark {
  /** 1-based, in the order given; the legend lists the names by it. */
  number: number;
  /** Centre of the number's square. */
  labelX: number;
  labelY: number;
  /** The number sits away from its dot: draw a line to it. */
  leader: boolean;
}

/** Numbers the parks and places each number beside its dot, nearest first, where it overlaps no other number and no
 * dot and stays inside the box; names go in a numbered legend, so long names never collide on the plot. */
export function labelParks(parks: PlottedPark[], width: number, height: number, size = 14, dotRadius = 7): LabelledPark[] {
  const half = size / 2;
  const boxes: { x: number; y: number; r: number }[] = parks.map((p) => ({ x: p.x, y: p.y, r: dotRadius }));
  const clear = (x: number, y: number) =>
    x - half >= 0 &&
    x + half <= width &&
    y - half >= 0 &&
    y + half <= height &&
    boxes.every((b) => Math.abs(b.x - x) >= b.r + half || Math.abs(b.y - y) >= b.r + half);
  const directions = [0, -45, 45, -90, 90, 180, -135, 135].map((deg) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)]);
  return parks.map((p, i) => {
    let spot: [number, number] | null = null;
    for (let distance = dotRadius + half + 1; !spot && distance < Math.max(width, height); distance += 4) {
      for (const [dx, dy] of directions) {
        const x = p.x + dx * distance;
        const y = p.y + dy * distance;
        if (clear(x, y)) {
          spot = [x, y];
          break;
        }
      }
    }
    // A box too crowded to hold every number (never with the zone's parks) falls back to the dot itself.
    const [labelX, labelY] = spot ?? [p.x, p.y];
    boxes.push({ x: labelX, y: labelY, r: half });
    return { ...p, number: i + 1, labelX, labelY, leader: Math.hypot(labelX - p.x, labelY - p.y) > dotRadius + half + 2 };
  });
}
