import { describe, expect, it } from 'vitest';
import { fieldChanges, type FieldShape } from './audit-fields.js';

const SHAPES: FieldShape[] = [
  { field: 'verification', kind: 'CODE' },
  { field: 'park', kind: 'RECORD', type: 'Park' },
  { field: 'amount', kind: 'MONEY', dateColumn: 'announcedOn' },
  { field: 'announcedOn', kind: 'DATE' },
  { field: 'expectedJobs', kind: 'NUMBER' },
  { field: 'parties', kind: 'LIST', type: 'Organization', key: 'organization', code: 'role' },
];

const row = {
  id: 7,
  externalKey: null,
  verification: 'RECORDED',
  recordedBy: 'Officer Li',
  recordedAt: '2026-11-24T01:00:00.000Z',
  park: 3,
  amountMinor: '1200000000',
  amountCurrency: 'CNY',
  amountUsdMinor: '165600000',
  announcedOn: '2025-03-01',
  expectedJobs: null,
  parties: [{ organization: 35, role: 'INVESTOR' }],
};

const empty = { text: null, money: null, record: null, items: null };

describe('an audit entry read as fields', () => {
  it('lists every value a create entered, as one field per amount and the records it names, without bookkeeping', () => {
    const fields = fieldChanges(SHAPES, null, row);
    expect(fields.map((f) => f.field)).toEqual(['verification', 'park', 'amount', 'announcedOn', 'parties']);
    expect(fields.find((f) => f.field === 'amount')).toEqual({
      field: 'amount',
      kind: 'MONEY',
      before: null,
      after: { ...empty, money: { minor: 1200000000n, currency: 'CNY', usdMinor: 165600000n, onDate: '2025-03-01' } },
    });
    expect(fields.find((f) => f.field === 'park')?.after).toEqual({ ...empty, record: { type: 'Park', key: '3' } });
    expect(fields.find((f) => f.field === 'parties')?.after?.items).toEqual([{ ...empty, record: { type: 'Organization', key: '35' }, text: 'INVESTOR' }]);
  });

  it('lists on an update only the fields whose columns changed, a re-priced amount too', () => {
    const repriced = { ...row, amountUsdMinor: '166800000', expectedJobs: 40, recordedAt: '2026-11-25T01:00:00.000Z' };
    const fields = fieldChanges(SHAPES, row, repriced);
    expect(fields.map((f) => [f.field, f.before?.money?.usdMinor ?? f.before?.text ?? null, f.after?.money?.usdMinor ?? f.after?.text])).toEqual([
      ['amount', 165600000n, 166800000n],
      ['expectedJobs', null, '40'],
    ]);
  });

  it('lists on a delete what the record held, and columns no shape names as text', () => {
    const fields = fieldChanges(SHAPES, { ...row, email: 'li@example.org', facilities: [{ name: 'hub' }] }, null);
    expect(fields.map((f) => f.field)).toEqual(['verification', 'park', 'amount', 'announcedOn', 'parties', 'email', 'facilities']);
    expect(fields.every((f) => f.after === null)).toBe(true);
    expect(fields.at(-1)).toEqual({ field: 'facilities', kind: 'TEXT', before: { ...empty, text: '[{"name":"hub"}]' }, after: null });
  });
});
