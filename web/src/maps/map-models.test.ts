import { describe, expect, it } from 'vitest';
import { countryShades, plotParks } from './map-models';

describe('map view models', () => {
  it('shades countries by count under their atlas ids, leaving unknowns out', () => {
    expect(countryShades([{ code: 'KZ', count: 4 }, { code: 'RU', count: 2 }, { code: null, count: 9 }, { code: 'XX', count: 3 }, { code: 'CN', count: 0 }])).toEqual([
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
});
