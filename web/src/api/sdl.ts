// The root fields' descriptions read from the published SDL (GET /schema.graphql), for servers that refuse
// introspection (INTROSPECTION=false).
import { Kind, parse } from 'graphql';

/** Query field name → its description, from SDL text (the type and its extensions). */
export function rootFieldDescriptions(sdl: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of parse(sdl, { noLocation: true }).definitions) {
    if ((d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Query') {
      for (const f of d.fields ?? []) out.set(f.name.value, f.description?.value ?? '');
    }
  }
  return out;
}

export async function fetchRootFieldDescriptions(url = '/schema.graphql'): Promise<Map<string, string>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return rootFieldDescriptions(await res.text());
}
