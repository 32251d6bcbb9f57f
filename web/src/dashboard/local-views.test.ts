import { describe, expect, it } from 'vitest';
import { deleteLocalView, readLocalViews, saveLocalView } from './local-views';

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('views saved in the browser', () => {
  it('saves newest first, replaces by name, deletes, and survives garbage', () => {
    const s = memory();
    saveLocalView({ name: 'KZ logistics', path: '/', query: 'countries=KZ&sectors=LOGISTICS' }, new Date('2026-01-01T00:00:00Z'), s);
    saveLocalView({ name: 'Energy', path: '/', query: 'sectors=NEW_ENERGY' }, new Date('2026-01-02T00:00:00Z'), s);
    saveLocalView({ name: ' KZ logistics ', path: '/', query: 'countries=KZ' }, new Date('2026-01-03T00:00:00Z'), s);
    expect(readLocalViews(s).map((v) => [v.name, v.query])).toEqual([
      ['KZ logistics', 'countries=KZ'],
      ['Energy', 'sectors=NEW_ENERGY'],
    ]);
    expect(deleteLocalView('Energy', s).map((v) => v.name)).toEqual(['KZ logistics']);
    expect(saveLocalView({ name: '  ', path: '/', query: 'x=1' }, new Date(), s)).toHaveLength(1);
    s.setItem('parkscope.views', '{not json');
    expect(readLocalViews(s)).toEqual([]);
    s.setItem('parkscope.views', '[{"name": 1}, {"name": "ok", "path": "/", "query": ""}]');
    expect(readLocalViews(s).map((v) => v.name)).toEqual(['ok']);
  });
});
