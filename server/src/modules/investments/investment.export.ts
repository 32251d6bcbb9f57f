// Responsible for the investments export's columns and rows: what a person reads (names and labels in their language,
// typed amounts and dates) first, then the codes machines read.
import { countryLabel, INVESTMENT_STAGE_LABELS, VERIFICATION_LABELS } from '../../domain/labels.js';
import { loadRef, loadRequired } from '../common/refs.js';
import { moneyCells, moneyColumns, type ListExport } from '../common/list-export.js';
import { dateCell } from '../common/spreadsheet-cells.js';
import { globalIdOf } from '../nodes/node.service.js';
import { moneyOf } from '../money/money.service.js';
import type { InvestmentEntity } from './investment.entity.js';

export const INVESTMENT_EXPORT: ListExport<InvestmentEntity> = {
  noun: { en: 'investments', zh: '投资项目' },
  filterType: 'InvestmentFilter',
  orderType: 'InvestmentOrder',
  dateField: 'announcedOn',
  orders: {
    ID_ASC: { en: 'oldest record first', zh: '按录入先后' },
    ID_DESC: { en: 'newest record first', zh: '按录入先后倒序' },
    AMOUNT_USD_ASC: { en: 'smallest amount (in US dollars) first', zh: '金额(美元)从小到大' },
    AMOUNT_USD_DESC: { en: 'largest amount (in US dollars) first', zh: '金额(美元)从大到小' },
    ANNOUNCED_ON_ASC: { en: 'earliest announcement first', zh: '公布日期从早到晚' },
    ANNOUNCED_ON_DESC: { en: 'latest announcement first', zh: '公布日期从晚到早' },
    STAGE_ASC: { en: 'by stage, from lead to operating', zh: '按阶段,从意向到已投产' },
    STAGE_DESC: { en: 'by stage, from operating back to lead', zh: '按阶段,从已投产到意向' },
  },
  columns: [
    { header: () => ({ en: 'ID', zh: 'ID' }), width: 22 },
    { header: () => ({ en: 'Investor', zh: '投资方' }), width: 32 },
    { header: () => ({ en: 'Investor country', zh: '投资方国家' }), width: 16 },
    { header: () => ({ en: 'Park', zh: '园区' }), width: 32 },
    { header: () => ({ en: 'Sector', zh: '产业' }), width: 20 },
    { header: () => ({ en: 'Stage', zh: '阶段' }), width: 16 },
    ...moneyColumns({ en: 'Amount', zh: '金额' }),
    { header: () => ({ en: 'Announced on', zh: '公布日期' }), width: 12 },
    { header: () => ({ en: 'Expected jobs', zh: '预计就业' }), width: 10 },
    { header: () => ({ en: 'Provenance', zh: '数据来源' }), width: 12 },
    { header: () => ({ en: 'Recorded by', zh: '录入人' }), width: 16 },
    { header: () => ({ en: 'Source quote', zh: '来源引文' }), width: 40 },
    { header: () => ({ en: 'Investor country (code)', zh: '投资方国家(代码)' }), width: 10 },
    { header: () => ({ en: 'Sector (code)', zh: '产业(代码)' }), width: 16 },
    { header: () => ({ en: 'Stage (code)', zh: '阶段(代码)' }), width: 14 },
    { header: () => ({ en: 'Provenance (code)', zh: '数据来源(代码)' }), width: 12 },
  ],
  page: (s, args) => s.investments.list(args),
  async row(s, i, o) {
    const [organization, park, sector, quotes, money] = await Promise.all([
      loadRef(i.organization),
      loadRequired(i.park),
      s.sectors.byCode(i.sector.code),
      s.provenance.citationsOf('Investment', i.id),
      moneyCells(s, moneyOf(i, 'amount', i.announcedOn ?? null), o),
    ]);
    const name = (x: { nameEn: string; nameZh: string }) => (o.lang === 'zh' ? x.nameZh : x.nameEn);
    return [
      globalIdOf(i),
      organization ? name(organization) : null,
      organization?.country ? countryLabel(organization.country)[o.lang] : null,
      name(park),
      name(sector),
      INVESTMENT_STAGE_LABELS[i.stage][o.lang],
      ...money,
      dateCell(i.announcedOn),
      i.expectedJobs ?? null,
      VERIFICATION_LABELS[i.verification][o.lang],
      i.recordedBy ?? null,
      quotes[0]?.quote ?? null,
      organization?.country ?? null,
      sector.code,
      i.stage,
      i.verification,
    ];
  },
};
