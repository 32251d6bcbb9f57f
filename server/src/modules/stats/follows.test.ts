import { describe, expect, it } from 'vitest';
import { followedFilters } from './follows.js';

// Which filters a statistic says it followed: the dotted paths of the fields given, sorted and distinct.
describe('followed filters', () => {
  it('names each field given, nested fields by their path, looking through and/or/not', () => {
    expect(followedFilters(null)).toEqual([]);
    expect(followedFilters({})).toEqual([]);
    expect(followedFilters({ stage: { eq: 'SIGNED' }, park: { id: { in: ['a', 'b'] } } })).toEqual(['park.id', 'stage']);
    expect(
      followedFilters({
        and: [{ stage: { eq: 'SIGNED' } }, { or: [{ organization: { sector: { eq: 'AUTO' } } }, { stage: { isNull: true } }] }],
        not: { announcedOn: { gte: '2025-01-01' } },
      }),
    ).toEqual(['announcedOn', 'organization.sector', 'stage']);
  });

  it('ignores fields given as null and counts a plain value as its field', () => {
    expect(followedFilters({ stage: null, park: { id: null }, search: 'auto', kind: undefined })).toEqual(['search']);
    expect(followedFilters({ park: { id: 'abc', country: { eq: 'CN' } } })).toEqual(['park.country', 'park.id']);
  });

  it('takes a field with an operator as followed even beside other keys, and operators only below a field', () => {
    expect(followedFilters({ amount: { gte: 5, lte: null } })).toEqual(['amount']);
    expect(followedFilters({ amount: { lte: null } })).toEqual([]);
    expect(followedFilters({ eq: 'x' })).toEqual(['eq']);
  });
});
