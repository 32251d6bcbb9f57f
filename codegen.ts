// `npm run codegen`: the targets and their options are in codegen.yml; this file only hands codegen the schema.
// The schema is built here from schema/*.graphql in file-name order (as the server loads it) and passed as a schema
// object: codegen then keeps the SDL's order (enum values in pipeline order, emitted as runtime constants) instead of
// sorting it alphabetically, while documents are still read in a fixed order, so every run writes the same files.
import { readdirSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema } from 'graphql';
import { parse } from 'yaml';

const dir = new URL('./schema/', import.meta.url);
const sdl = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');

const config = parse(readFileSync(new URL('./codegen.yml', import.meta.url), 'utf8')) as CodegenConfig;

export default { ...config, schema: [buildSchema(sdl)] } satisfies CodegenConfig;
