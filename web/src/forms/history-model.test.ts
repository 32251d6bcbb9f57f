import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFragmentData } from '../__generated__';
import type { AuditValueKind, HistoryList_ValueFragment } from '../__generated__/graphql';
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { HistoryList_entry, HistoryList_value, historyRows, type Translate } from './history-model';
import { CODE_LABELS, FIELD_LABELS } from './labels';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en }, zh: { translation: zh } }, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
});
const translate =
  (lng: 'zh' | 'en'): Translate =>
  (key, values) =>
    i18n.getFixedT(lng)(key, values);

const named = (__typename: 'Park' | 'Organization' | 'Sector', id: string, zhName: string, enName: string) => ({
  __typename,
  id,
  name: { zh: zhName, en: enName, ru: null },
});

const value = (v: Partial<HistoryList_ValueFragment>) => makeFragmentData({ text: null, money: null, record: null, items: null, ...v }, HistoryList_value);
const text = (t: string) => value({ text: t });
const money = (amount: string, currency: string, amountUsd: string | null = null) => value({ money: { amount, currency, amountUsd } });

const field = (name: string, kind: AuditValueKind, before: ReturnType<typeof value> | null, after: ReturnType<typeof value> | null) => ({
  field: name,
  kind,
  before,
  after,
});

const park = named('Park', 'UGFyazoz', '上合能谷', 'SCO Energy Valley');
const haier = named('Organization', 'T3JnYW5pemF0aW9uOjM1', '海尔海纳云', 'Haier Haina Cloud');
const inspur = named('Organization', 'T3JnYW5pemF0aW9uOjM2', '浪潮云', 'Inspur Cloud');

const created = makeFragmentData(
  {
    id: 'e1',
    at: '2026-11-24T02:00:00.000Z',
    actorName: 'Li Na',
    operation: 'CREATE',
    recordType: 'Investment',
    fields: [
      field('verification', 'CODE', null, text('RECORDED')),
      field('organization', 'RECORD', null, value({ record: haier })),
      field('park', 'RECORD', null, value({ record: park })),
      field('sector', 'RECORD', null, value({ record: named('Sector', 'U2VjdG9yOk5FV19FTkVSR1k', '新能源', 'New energy') })),
      field('stage', 'CODE', null, text('LEAD')),
      field('amount', 'MONEY', null, money('12000000', 'CNY')),
      field('announcedOn', 'DATE', null, text('2025-03-01')),
      field('expectedJobs', 'NUMBER', null, text('1200')),
    ],
  },
  HistoryList_entry,
);

const updated = makeFragmentData(
  {
    id: 'e2',
    at: '2026-11-25T02:00:00.000Z',
    actorName: 'Wang Wei',
    operation: 'UPDATE',
    recordType: 'Investment',
    fields: [
      field('organization', 'RECORD', value({ record: haier }), value({ record: null })),
      field('stage', 'CODE', text('LEAD'), text('SIGNED')),
      field('amount', 'MONEY', money('12000000', 'CNY'), money('15000000.5', 'CNY')),
      field('expectedAnnualOutput', 'MONEY', money('800', 'EUR', '870'), money('800', 'EUR', '880')),
    ],
  },
  HistoryList_entry,
);

const deal = makeFragmentData(
  {
    id: 'e3',
    at: '2026-11-25T03:00:00.000Z',
    actorName: 'Li Na',
    operation: 'DELETE',
    recordType: 'Deal',
    fields: [
      field('kind', 'CODE', text('MOU'), null),
      field(
        'parties',
        'LIST',
        value({
          items: [
            { text: 'INVESTOR', record: haier },
            { text: 'TENANT', record: inspur },
          ],
        }),
        null,
      ),
    ],
  },
  HistoryList_entry,
);

/** Each row's lines as "label: before → after" (or the one value a create or delete has). */
const lines = (lng: 'zh' | 'en') =>
  historyRows([updated, created, deal], lng, translate(lng)).map((r) =>
    r.lines.map((l) => `${l.label}: ${l.before !== null && l.after !== null ? `${l.before} → ${l.after}` : (l.after ?? l.before)}`),
  );

describe('the history as people read it', () => {
  it('says in English who did what, each field by its form label, amounts in their currency, records by name, codes by label', () => {
    const rows = historyRows([updated, created, deal], 'en', translate('en'));
    expect(rows.map((r) => r.heading.split(' · ')[0])).toEqual(['Changed by Wang Wei', 'Created by Li Na', 'Deleted by Li Na']);
    expect(lines('en')).toEqual([
      [
        'Investor: Haier Haina Cloud → (a record since deleted)',
        'Stage: Lead → Signed',
        'Amount: CNY 12,000,000 → CNY 15,000,000.5',
        // Re-priced in US dollars only: the dollars are what changed.
        'Expected annual output: EUR 800 (≈ USD 870) → EUR 800 (≈ USD 880)',
      ],
      [
        'Provenance: Recorded',
        'Investor: Haier Haina Cloud',
        'Park: SCO Energy Valley',
        'Sector: New energy',
        'Stage: Lead',
        'Amount: CNY 12,000,000',
        'Announced: March 1, 2025',
        'Expected jobs: 1,200',
      ],
      ['Kind: Memorandum of understanding', 'Parties: Haier Haina Cloud (Investor), Inspur Cloud (Tenant)'],
    ]);
  });

  it('says the same in Chinese', () => {
    expect(historyRows([updated], 'zh', translate('zh'))[0].heading.split(' · ')[0]).toBe('Wang Wei 修改');
    expect(lines('zh')).toEqual([
      [
        '投资方: 海尔海纳云 → (记录已删除)',
        '阶段: 意向 → 已签约',
        '金额: 12,000,000 人民币 → 15,000,000.5 人民币',
        '预计年产值: 800 欧元(约 870 美元) → 800 欧元(约 880 美元)',
      ],
      [
        '数据性质: 人工录入',
        '投资方: 海尔海纳云',
        '园区: 上合能谷',
        '产业: 新能源',
        '阶段: 意向',
        '金额: 12,000,000 人民币',
        '公布日期: 2025年3月1日',
        '预计就业: 1,200',
      ],
      ['类型: 合作备忘录', '签约方: 海尔海纳云(投资方)、浪潮云(入驻企业)'],
    ]);
  });

  it('has every label and code label the forms use in both languages', () => {
    const codes: Record<string, readonly string[]> = {
      stage: ['LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING'],
      verification: ['VERIFIED', 'RECORDED', 'DEMO'],
      dealKind: ['COOPERATION_AGREEMENT', 'SETTLEMENT_CONTRACT', 'INVESTMENT_AGREEMENT', 'MOU'],
      partyRole: ['PARTY', 'GOVERNMENT', 'PARK_OPERATOR', 'TENANT', 'INVESTOR'],
      tenancyStatus: ['SIGNED', 'MOVED_IN', 'OPERATING', 'EXITED'],
    };
    const keys = [
      ...Object.values(FIELD_LABELS).flatMap((l) => Object.values(l)),
      ...Object.values(CODE_LABELS).flatMap((l) => Object.values(l).flatMap((group) => codes[group].map((c) => `${group}.${c}`))),
    ];
    for (const lng of ['zh', 'en'] as const) for (const key of keys) expect(i18n.exists(key, { lng }), `${lng}: ${key}`).toBe(true);
  });
});
