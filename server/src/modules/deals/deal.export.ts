// Responsible for the deals export's columns and rows: each deal with its parties (names, countries and roles in the
// reader's language), typed value and date, then the codes machines read.
import { countryLabel, DEAL_KIND_LABELS, DEAL_PARTY_ROLE_LABELS, VERIFICATION_LABELS, type Label } from '../../domain/labels.js';
import { loadRef, loadRequired } from '../common/refs.js';
import { moneyCells, moneyColumns, type ListExport } from '../common/list-export.js';
import { dateCell } from '../common/spreadsheet-cells.js';
import type { ExportLang } from '../common/filter-sentences.js';
import { globalIdOf } from '../nodes/node.service.js';
import { moneyOf } from '../money/money.service.js';
import type { DealEntity } from './deal.entity.js';

/** "5 unnamed parties": the counterparties the source counts but does not name. */
const UNNAMED: Record<ExportLang, (count: number) => string> = {
  en: (count) => `${count} unnamed ${count === 1 ? 'party' : 'parties'}`,
  zh: (count) => `另有${count}家未具名`,
};

const name = (x: { nameEn: string; nameZh: string }, lang: ExportLang) => (lang === 'zh' ? x.nameZh : x.nameEn);
const label = (l: Label, lang: ExportLang) => l[lang];

export const DEAL_EXPORT: ListExport<DealEntity> = {
  noun: { en: 'deals', zh: '签约' },
  filterType: 'DealFilter',
  orderType: 'DealOrder',
  dateField: 'signedOn',
  orders: {
    ID_ASC: { en: 'oldest record first', zh: '按录入先后' },
    ID_DESC: { en: 'newest record first', zh: '按录入先后倒序' },
    SIGNED_ON_ASC: { en: 'earliest signing first', zh: '签约日期从早到晚' },
    SIGNED_ON_DESC: { en: 'latest signing first', zh: '签约日期从晚到早' },
    VALUE_USD_ASC: { en: 'smallest value (in US dollars) first', zh: '金额(美元)从小到大' },
    VALUE_USD_DESC: { en: 'largest value (in US dollars) first', zh: '金额(美元)从大到小' },
  },
  columns: [
    { header: () => ({ en: 'ID', zh: 'ID' }), width: 22 },
    { header: () => ({ en: 'Signed on', zh: '签约日期' }), width: 12 },
    { header: () => ({ en: 'Title', zh: '名称' }), width: 40 },
    { header: () => ({ en: 'Kind', zh: '类型' }), width: 20 },
    { header: () => ({ en: 'Parties', zh: '签约各方' }), width: 60 },
    { header: () => ({ en: 'Number of parties', zh: '签约方数量' }), width: 10 },
    { header: () => ({ en: 'Park', zh: '园区' }), width: 32 },
    { header: () => ({ en: 'Event', zh: '活动' }), width: 32 },
    ...moneyColumns({ en: 'Value', zh: '金额' }),
    { header: () => ({ en: 'Provenance', zh: '数据来源' }), width: 12 },
    { header: () => ({ en: 'Recorded by', zh: '录入人' }), width: 16 },
    { header: () => ({ en: 'Source quote', zh: '来源引文' }), width: 40 },
    { header: () => ({ en: 'Kind (code)', zh: '类型(代码)' }), width: 22 },
    { header: () => ({ en: 'Party countries (codes)', zh: '签约方国家(代码)' }), width: 14 },
    { header: () => ({ en: 'Provenance (code)', zh: '数据来源(代码)' }), width: 12 },
  ],
  page: (s, args) => s.deals.list(args),
  async row(s, d, o) {
    const [parties, park, event, quotes, money] = await Promise.all([
      s.deals.partiesOf(d.id),
      loadRef(d.park),
      loadRef(d.event),
      s.provenance.citationsOf('Deal', d.id),
      moneyCells(s, moneyOf(d, 'value', d.signedOn), o),
    ]);
    const named = await Promise.all(parties.map(async (p) => ({ organization: await loadRequired(p.organization), role: p.role })));
    const partyText = named.map(({ organization, role }) => {
      const country = organization.country ? ` (${countryLabel(organization.country)[o.lang]})` : '';
      return `${name(organization, o.lang)}${country} · ${label(DEAL_PARTY_ROLE_LABELS[role], o.lang)}`;
    });
    if (d.unnamedPartyCount) partyText.push(UNNAMED[o.lang](d.unnamedPartyCount));
    const countries = [...new Set(named.map((p) => p.organization.country).filter((c): c is string => !!c))];
    return [
      globalIdOf(d),
      dateCell(d.signedOn),
      o.lang === 'zh' ? d.titleZh : d.titleEn,
      label(DEAL_KIND_LABELS[d.kind], o.lang),
      partyText.join('; '),
      parties.length + d.unnamedPartyCount,
      park ? name(park, o.lang) : null,
      event ? name(event, o.lang) : null,
      ...money,
      label(VERIFICATION_LABELS[d.verification], o.lang),
      d.recordedBy ?? null,
      quotes[0]?.quote ?? null,
      d.kind,
      countries.join(' '),
      d.verification,
    ];
  },
};
