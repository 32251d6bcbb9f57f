// Three-way merge of a form after someone else saved the record first: the form as loaded (base), the newer saved
// version (theirs) and the form as the user left it (yours). The user's edits are never dropped: a field only they
// changed keeps their value, a field only the other save changed takes the newer value, and a field both changed
// differently is theirs to choose (their own value until they choose otherwise).

/** One field as the user sees it: a name and the form keys it covers (an amount and its currency are one field). */
export interface MergeField<F> {
  name: string;
  keys: readonly (keyof F)[];
}

export type Side = 'theirs' | 'yours';

export interface Merged<F> {
  /** The form to go on editing and to save on top of their version. */
  form: F;
  /** Fields only the other save changed: taken from theirs. */
  taken: string[];
  /** Fields both changed to different values: the user chooses (yours until then). */
  clashes: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields to compare: the given ones, then every other key of the form on its own. */
function allFields<F extends object>(form: F, fields: readonly MergeField<F>[]): MergeField<F>[] {
  const covered = new Set(fields.flatMap((f) => f.keys));
  const rest = (Object.keys(form) as (keyof F)[]).filter((k) => !covered.has(k)).map((k) => ({ name: String(k), keys: [k] }));
  return [...fields, ...rest];
}

const valuesOf = <F>(form: F, field: MergeField<F>) => field.keys.map((k) => form[k]);

export function mergeForms<F extends object>(base: F, theirs: F, yours: F, fields: readonly MergeField<F>[] = []): Merged<F> {
  const form = { ...yours };
  const taken: string[] = [];
  const clashes: string[] = [];
  for (const field of allFields(base, fields)) {
    const [b, t, y] = [valuesOf(base, field), valuesOf(theirs, field), valuesOf(yours, field)];
    if (same(t, b) || same(t, y)) continue; // they did not change it, or changed it as you did
    if (same(y, b)) {
      for (const k of field.keys) form[k] = theirs[k];
      taken.push(field.name);
    } else {
      clashes.push(field.name);
    }
  }
  return { form, taken, clashes };
}

/** `form` with one field set to their or your value. */
export function choose<F extends object>(form: F, field: MergeField<F>, side: Side, theirs: F, yours: F): F {
  const from = side === 'theirs' ? theirs : yours;
  const next = { ...form };
  for (const k of field.keys) next[k] = from[k];
  return next;
}
