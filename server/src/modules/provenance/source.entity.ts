import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A published document that VERIFIED records quote (a news report, an official notice). */
export const Source = defineEntity({
  name: 'Source',
  properties: {
    id: p.integer().primary().autoincrement(),
    key: p.string().length(120).unique(),
    publisherZh: p.string().length(200),
    publisherEn: p.string().length(200),
    author: p.string().length(200).nullable(),
    eventDate: p.date().nullable(),
    publishedOn: p.date().nullable(),
    url: p.string().length(500).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type SourceEntity = InferEntity<typeof Source>;

/** One verbatim quote of a source and the fields of one record it supports. */
export const Citation = defineEntity({
  name: 'Citation',
  indexes: [{ properties: ['subjectType', 'subjectId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    source: () => p.manyToOne(Source).ref().index(),
    /** GraphQL type name of the cited record (Park, Organization, Tenancy, Investment, Deal, Event). */
    subjectType: p.string().length(40),
    subjectId: p.integer(),
    quote: p.text(),
    fields: p.json<string[]>(),
    position: p.integer().default(0),
  },
});
export type CitationEntity = InferEntity<typeof Citation>;
