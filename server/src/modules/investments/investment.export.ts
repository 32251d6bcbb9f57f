// Responsible for the investments export's columns and rows: what a person reads (names and labels in their language,
// typed amounts and dates) first, then the codes machines read.
import { countryLabel, INVESTMENT_STAGE_LABELS, VERIFICATION_LABELS } from '../../domain/labels.js';
import { loadRef, loadRequired } from '../common/refs.js';
import { labelIn } from '../common/filter-sentences.js';
import { moneyCells, moneyColumns, nameIn, sectorName, REFERENCE_HEADER, VERSION_HEADER, type ListExport } from '../common/list-export.js';
import { dateCell } from '../common/spreadsheet-cells.js';
import { globalIdOf } from '../nodes/node.service.js';
import { moneyOf } from '../money/money.service.js';
import type { InvestmentEntity } from './investment.entity.js';

export const INVESTMENT_EXPORT: ListExport<InvestmentEntity> = {
  noun: { en: 'investments', zh: '投资项目', ru: 'инвестиции' },
  filterType: 'InvestmentFilter',
  orderType: 'InvestmentOrder',
  dateField: 'announcedOn',
  orders: {
    ID_ASC: { en: 'oldest record first', zh: '按录入先后', ru: 'сначала старые записи' },
    ID_DESC: { en: 'newest record first', zh: '按录入先后倒序', ru: 'сначала новые записи' },
    AMOUNT_USD_ASC: { en: 'smallest amount (in US dollars) first', zh: '金额(美元)从小到大', ru: 'по возрастанию суммы (в долларах США)' },
    AMOUNT_USD_DESC: { en: 'largest amount (in US dollars) first', zh: '金额(美元)从大到小', ru: 'по убыванию суммы (в долларах США)' },
    ANNOUNCED_ON_ASC: { en: 'earliest announcement first', zh: '公布日期从早到晚', ru: 'сначала ранние объявления' },
    ANNOUNCED_ON_DESC: { en: 'latest announcement first', zh: '公布日期从晚到早', ru: 'сначала поздние объявления' },
    STAGE_ASC: { en: 'by stage, from lead to operating', zh: '按阶段,从意向到已投产', ru: 'по стадии, от интереса до эксплуатации' },
    STAGE_DESC: { en: 'by stage, from operating back to lead', zh: '按阶段,从已投产到意向', ru: 'по стадии, от эксплуатации до интереса' },
  },
  columns: [
    { header: () => ({ en: 'ID', zh: 'ID', ru: 'ID' }), width: 22 },
    { header: () => ({ en: 'Investor', zh: '投资方', ru: 'Инвестор' }), width: 32 },
    { header: () => ({ en: 'Investor country', zh: '投资方国家', ru: 'Страна инвестора' }), width: 16 },
    { header: () => ({ en: 'Park', zh: '园区', ru: 'Парк' }), width: 32 },
    { header: () => ({ en: 'Sector', zh: '产业', ru: 'Отрасль' }), width: 20 },
    { header: () => ({ en: 'Stage', zh: '阶段', ru: 'Стадия' }), width: 16 },
    ...moneyColumns({ en: 'Amount', zh: '金额', ru: 'Сумма' }),
    { header: () => ({ en: 'Announced on', zh: '公布日期', ru: 'Дата объявления' }), width: 12 },
    { header: () => ({ en: 'Expected jobs', zh: '预计就业', ru: 'Ожидаемые рабочие места' }), width: 10 },
    { header: () => ({ en: 'Provenance', zh: '数据来源', ru: 'Происхождение' }), width: 12 },
    { header: () => ({ en: 'Recorded by', zh: '录入人', ru: 'Кем внесено' }), width: 16 },
    { header: () => ({ en: 'Source quote', zh: '来源引文', ru: 'Цитата из источника' }), width: 40 },
    { header: () => ({ en: 'Investor country (code)', zh: '投资方国家(代码)', ru: 'Страна инвестора (код)' }), width: 10 },
    { header: () => ({ en: 'Sector (code)', zh: '产业(代码)', ru: 'Отрасль (код)' }), width: 16 },
    { header: () => ({ en: 'Stage (code)', zh: '阶段(代码)', ru: 'Стадия (код)' }), width: 14 },
    { header: () => ({ en: 'Provenance (code)', zh: '数据来源(代码)', ru: 'Происхождение (код)' }), width: 12 },
    // What an import matches a row by (the record's reference) and how it sees an edit made since (its version).
    { header: () => REFERENCE_HEADER, width: 24 },
    { header: () => VERSION_HEADER, width: 8 },
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
    return [
      globalIdOf(i),
      organization ? nameIn(organization, o.lang) : null,
      organization?.country ? labelIn(countryLabel(organization.country), o.lang) : null,
      nameIn(park, o.lang),
      sectorName(sector, o.lang),
      labelIn(INVESTMENT_STAGE_LABELS[i.stage], o.lang),
      ...money,
      dateCell(i.announcedOn),
      i.expectedJobs ?? null,
      labelIn(VERIFICATION_LABELS[i.verification], o.lang),
      i.recordedBy ?? null,
      quotes[0]?.quote ?? null,
      organization?.country ?? null,
      sector.code,
      i.stage,
      i.verification,
      i.externalKey ?? null,
      i.version,
    ];
  },
};
