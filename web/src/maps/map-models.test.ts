import { describe, expect, it } from 'vitest';
import { countryShades, labelParks, plotParks } from './map-models';

describe('map view models', () => {
  it('shades countries by count under their atlas ids, leaving unknowns out', () => {
    expect(
      countryShades([
        { code: 'KZ', count: 4 },
        { code: 'RU', count: 2 },
        { code: null, count: 9 },
        { code: 'XX', count: 3 },
        { code: 'CN', count: 0 },
      ]),
    ).toEqual([
      { alpha2: 'KZ', numericId: '398', count: 4, intensity: 1 },
      { alpha2: 'RU', numericId: '643', count: 2, intensity: 0.5 },
    ]);
  });

  it('places parks north up on equal degrees within the margins, skipping those without coordinates', () => {
    const plotted = plotParks(
      [
        { slug: 'a', label: 'A', latitude: 36.0, longitude: 120.0 },
        { slug: 'b', label: 'B', latitude: 36.1, longitude: 120.2 },
        { slug: 'c', label: 'C', latitude: null, longitude: null },
      ],
      'b',
      240,
      240,
      20,
    );
    expect(plotted.map((p) => [p.slug, Math.round(p.x), Math.round(p.y), p.current])).toEqual([
      ['a', 20, 220, false],
      ['b', 220, 120, true],
    ]);
  });

  it('numbers the parks and places the numbers inside the box, clear of each other and of every dot, even in a tight cluster', () => {
    // Seven parks within a few hundredths of a degree of each other and one far away, as in the zone.
    const spots = [
      [36.4, 120.1],
      [36.2, 120.3],
      [36.205, 120.31],
      [36.198, 120.318],
      [36.19, 120.325],
      [36.186, 120.33],
      [36.183, 120.336],
      [36.211, 120.29],
    ];
    const plotted = plotParks(
      spots.map(([latitude, longitude], i) => ({ slug: `p${i}`, label: `Park ${i}`, latitude, longitude })),
      'p0',
      360,
      260,
    );
    const labelled = labelParks(plotted, 360, 260, 14, 7);
    expect(labelled.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const apart = (a: { x: number; y: number }, b: { x: number; y: number }, gap: number) =>
      Math.abs(a.x - b.x) >= gap - 1e-9 || Math.abs(a.y - b.y) >= gap - 1e-9;
    for (const l of labelled) {
      expect(l.labelX - 7).toBeGreaterThanOrEqual(0);
      expect(l.labelX + 7).toBeLessThanOrEqual(360);
      expect(l.labelY - 7).toBeGreaterThanOrEqual(0);
      expect(l.labelY + 7).toBeLessThanOrEqual(260);
      for (const other of labelled) {
        if (other !== l) expect(apart({ x: l.labelX, y: l.labelY }, { x: other.labelX, y: other.labelY }, 14), `${l.number} vs ${other.number}`).toBe(true);
        expect(apart({ x: l.labelX, y: l.labelY }, other, 14), `number ${l.number} vs dot ${other.number}`).toBe(true);
      }
    }
    // The lone park keeps its number right beside it; crowded ones get a leader line.
    expect(labelled[0].leader).toBe(false);
    expect(labelled.some((l) => l.leader)).toBe(true);
  });
});
