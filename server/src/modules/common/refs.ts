import type { Ref } from '@mikro-orm/core';

/** Loads a many-to-one reference; MikroORM's dataloader batches all loads of one tick into one query. */
export async function loadRef<T extends object>(ref: Ref<T> | null | undefined): Promise<T | null> {
  return ref ? (((await ref.load()) as T | null) ?? null) : null;
}

/** Same, for a reference that must exist. */
export async function loadRequired<T extends object>(ref: Ref<T>): Promise<T> {
  const value = (await ref.load()) as T | null;
  if (!value) throw new Error('dangling reference');
  return value;
}
