import { describe, expect, it } from 'vitest';
import { barsHeight, SERIES_HEIGHT } from '../charts/view-models';
import { firstInPage } from './Deferred';

// An element at a position in the page: compareDocumentPosition as the DOM answers it (PRECEDING = 2, FOLLOWING = 4).
function at(position: number) {
  const element = {
    position,
    compareDocumentPosition: (other: { position: number }) => (other.position < position ? 2 : other.position > position ? 4 : 0),
  };
  return { element: element as unknown as Element, position };
}

describe('deferred parts', () => {
  it('renders the waiting part that comes first in the page first, whatever the order they mounted in', () => {
    const parts = [at(5), at(2), at(9), at(3)];
    expect(firstInPage(parts)?.position).toBe(2);
    expect(firstInPage([at(7)])?.position).toBe(7);
    expect(firstInPage([])).toBeUndefined();
  });

  it('reserves a chart drawing its exact height: a bar chart 34 px a row and 30 px of axis, at least 160; a series 220', () => {
    expect(barsHeight([])).toBe(160);
    expect(barsHeight(new Array(3))).toBe(160);
    expect(barsHeight(new Array(4))).toBe(166);
    expect(barsHeight(new Array(10))).toBe(370);
    expect(SERIES_HEIGHT).toBe(220);
  });
});
