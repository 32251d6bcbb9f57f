import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, DiffRule, type Change } from '@graphql-inspector/core';
import { buildSchema as buildSdl, printSchema } from 'graphql';
import { buildSchema } from './schema.js';

/** The SDL clients were last promised, committed beside the code; breaking it needs a @deprecated step first. */
export const PUBLISHED_SDL = resolve(dirname(fileURLToPath(import.meta.url)), '../../../published/schema.graphql');

export function currentSdl(): string {
  return printSchema(buildSchema());
}

export function publishedSdl(): string {
  return readFileSync(PUBLISHED_SDL, 'utf8');
}

export function publishSdl(): void {
  writeFileSync(PUBLISHED_SDL, `${currentSdl()}\n`);
}

/** Changes from the published SDL to the current one that would break a client (removing a deprecated field does not). */
export async function breakingChanges(published = publishedSdl(), current = currentSdl()): Promise<Change[]> {
  const changes = await diff(buildSdl(published), buildSdl(current), [DiffRule.suppressRemovalOfDeprecatedField]);
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}
