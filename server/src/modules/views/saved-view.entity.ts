import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Officer } from '../access/access.entities.js';

/** A named dashboard view (its URL query), saved by an officer and shared with colleagues. */
export const SavedView = defineEntity({
  name: 'SavedView',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(120),
    /** The page's path ("/") and its URL query, exactly as the address bar shows it. */
    path: p.string().length(60),
    query: p.string().length(2000),
    officer: () => p.manyToOne(Officer).ref().index().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type SavedViewEntity = InferEntity<typeof SavedView>;
