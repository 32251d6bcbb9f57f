import { describe, expect, it } from 'vitest';
import { choose, mergeForms, type MergeField } from './merge';

interface Form {
  stage: string;
  amount: string;
  currency: string;
  jobs: string;
  organization: { id: string; name: string } | null;
}

const base: Form = { stage: 'LEAD', amount: '12000000', currency: 'CNY', jobs: '', organization: { id: 'o1', name: 'Haier' } };
const MONEY: MergeField<Form> = { name: 'amount', keys: ['amount', 'currency'] };

describe('merging a form after someone else saved first', () => {
  it('keeps your edits on fields they did not touch and takes theirs on fields you did not touch', () => {
    const theirs = { ...base, stage: 'SIGNED' };
    const yours = { ...base, jobs: '120', amount: '15000000' };
    expect(mergeForms(base, theirs, yours, [MONEY])).toEqual({
      form: { ...base, stage: 'SIGNED', jobs: '120', amount: '15000000' },
      taken: ['stage'],
      clashes: [],
    });
  });

  it('leaves a field both changed differently to you (yours until you choose), and one both changed alike alone', () => {
    const theirs = { ...base, amount: '13000000', jobs: '120' };
    const yours = { ...base, amount: '15000000', jobs: '120' };
    const merged = mergeForms(base, theirs, yours, [MONEY]);
    expect(merged).toEqual({ form: yours, taken: [], clashes: ['amount'] });
    expect(choose(merged.form, MONEY, 'theirs', theirs, yours)).toEqual(theirs);
    expect(choose(choose(merged.form, MONEY, 'theirs', theirs, yours), MONEY, 'yours', theirs, yours)).toEqual(yours);
  });

  it('treats the columns of one field as one: their currency and your amount never mix', () => {
    const theirs = { ...base, currency: 'USD' };
    const yours = { ...base, amount: '15000000' };
    expect(mergeForms(base, theirs, yours, [MONEY])).toMatchObject({ form: yours, clashes: ['amount'] });
    // Without the grouping the keys would merge one by one into USD 15,000,000, which neither side meant.
    expect(mergeForms(base, theirs, yours).form).toEqual({ ...base, amount: '15000000', currency: 'USD' });
  });

  it('compares picked records by value, not by identity', () => {
    const theirs = { ...base, organization: { id: 'o2', name: 'Inspur' } };
    const yours = { ...base, organization: { id: 'o1', name: 'Haier' }, stage: 'NEGOTIATING' };
    expect(mergeForms(base, theirs, yours, [MONEY])).toEqual({
      form: { ...yours, organization: { id: 'o2', name: 'Inspur' } },
      taken: ['organization'],
      clashes: [],
    });
  });
});
