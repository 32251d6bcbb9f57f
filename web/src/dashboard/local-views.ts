// Views saved in this browser, for visitors who are not signed in (officers share theirs on the server).

export interface LocalView {
  name: string;
  path: string;
  query: string;
  savedAt: string;
}

const KEY = 'parkscope.views';

function isLocalView(v: unknown): v is LocalView {
  return (
    typeof v === 'object' &&
    v !== null &&
    'name' in v &&
    typeof v.name === 'string' &&
    'query' in v &&
    typeof v.query === 'string' &&
    'path' in v &&
    typeof v.path === 'string'
  );
}

export function readLocalViews(storage: Pick<Storage, 'getItem'> = localStorage): LocalView[] {
  try {
    const list = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? (list as unknown[]).filter(isLocalView) : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a view; newest first, at most 50. */
export function saveLocalView(view: Omit<LocalView, 'savedAt'>, now = new Date(), storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): LocalView[] {
  const name = view.name.trim();
  if (!name) return readLocalViews(storage);
  const list = [{ ...view, name, savedAt: now.toISOString() }, ...readLocalViews(storage).filter((v) => v.name !== name)].slice(0, 50);
  storage.setItem(KEY, JSON.stringify(list));
  return list;
}

export function deleteLocalView(name: string, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): LocalView[] {
  const list = readLocalViews(storage).filter((v) => v.name !== name);
  storage.setItem(KEY, JSON.stringify(list));
  return list;
}
