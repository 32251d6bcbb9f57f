// The persisted-query allow-list: the operations keys with `allowListOnly` may run (published/persisted-queries.json,
// written by `npm run schema:publish` from the documented example queries). Operations are compared in canonical
// form, so whitespace, commas and comments do not matter.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print, stripIgnoredCharacters, type DocumentNode } from 'graphql';

export const ALLOW_LIST_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../published/persisted-queries.json');

export type AllowList = ReadonlySet<string>;

export function canonicalHash(document: DocumentNode): string {
  return createHash('sha256')
    .update(stripIgnoredCharacters(print(document)))
    .digest('hex');
}

/** The allow-list file as `{ "<sha256 of the canonical operation>": "<operation>" }`. */
export function allowListEntries(queries: string[]): Record<string, string> {
  return Object.fromEntries(queries.map((q) => [canonicalHash(parse(q)), q]));
}

export function loadAllowList(file = ALLOW_LIST_FILE): AllowList {
  if (!existsSync(file)) return new Set();
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Set(Object.values(entries).map((q) => canonicalHash(parse(q))));
}

export function isAllowed(list: AllowList, document: DocumentNode): boolean {
  return list.has(canonicalHash(document));
}
