// Responsible for the deals export's columns and rows: each deal with its parties (names, countries and roles in the
// reader's language), typed value and date, then the codes machines read.
import { countryLabel, DEAL_KIND_LABELS, DEAL_PARTY_ROLE_LABELS, VERIFICATION_LABELS } from '../../domain/labels.js';
import { loadRef, loadRequired } from '../common/refs.js';
import { moneyCells, moneyColumns, nameIn, REFERENCE_HEADER, VERSION_HEADER, type ListExport } from '../common/list-export.js';
import { dateCell } from '../common/spreadsheet-cells.js';
import { labelIn, type ExportLang } from '../common/filter-sentences.js';
import { globalIdOf } from '../nodes/node.service.js';
import { moneyOf } from '../money/money.service.js';
import type { DealEntity } from './deal.entity.js';

/** "5 unnamed parties": the counterparties the source counts but does not name. */
const UNNAMED: Record<ExportLang, (count: number) => string> = {
  en: (count) => `${count} unnamed ${count === 1 ? 'party' : 'parties'}`,
  zh: (count) => `另有${count}家未具名`,
  ru: (count) =>
    `ещё ${count} ${RU_PARTIES.select(count) === 'one' ? 'неназванная сторона' : RU_PARTIES.select(count) === 'few' ? 'неназванные стороны' : 'неназванных сторон'}`,
};
const RU_PARTIES = new Intl.PluralRules('ru');

const name = nameIn;
const label = labelIn;
/** A deal's title in `lang` (a Russian translation where entered, else English). */
const titleIn = (d: DealEntity, lang: ExportLang) => (lang === 'zh' ? d.titleZh : lang === 'ru' ? d.titleRu || d.titleEn : d.titleEn);

export const DEAL_EXPORT: ListExport<DealEntity> = {
  noun: { en: 'deals', zh: '签约', ru: 'соглашения' },
  filterType: 'DealFilter',
  orderType: 'DealOrder',
  dateField: 'signedOn',
  orders: {
    ID_ASC: { en: 'oldest record first', zh: '按录入先后', ru: 'сначала старые записи' },
    ID_DESC: { en: 'newest record first', zh: '按录入先后倒序', ru: 'сначала новые записи' },
    SIGNED_ON_ASC: { en: 'earliest signing first', zh: '签约日期从早到晚', ru: 'сначала ранние подписания' },
    SIGNED_ON_DESC: { en: 'latest signing first', zh: '签约日期从晚到早', ru: 'сначала поздние подписания' },
    VALUE_USD_ASC: { en: 'smallest value (in US dollars) first', zh: '金额(美元)从小到大', ru: 'по возрастанию суммы (в долларах США)' },
    VALUE_USD_DESC: { en: 'largest value (in US dollars) first', zh: '金额(美元)从大到小', ru: 'по убыванию суммы (в долларах США)' },
  },
  columns: [
    { header: () => ({ en: 'ID', zh: 'ID', ru: 'ID' }), width: 22 },
    { header: () => ({ en: 'Signed on', zh: '签约日期', ru: 'Дата подписания' }), width: 12 },
    { header: () => ({ en: 'Title', zh: '名称', ru: 'Название' }), width: 40 },
    { header: () => ({ en: 'Kind', zh: '类型', ru: 'Вид' }), width: 20 },
    { header: () => ({ en: 'Parties', zh: '签约各方', ru: 'Стороны' }), width: 60 },
    { header: () => ({ en: 'Number of parties', zh: '签约方数量', ru: 'Число сторон' }), width: 10 },
    { header: () => ({ en: 'Park', zh: '园区', ru: 'Парк' }), width: 32 },
    { header: () => ({ en: 'Event', zh: '活动', ru: 'Мероприятие' }), width: 32 },
    ...moneyColumns({ en: 'Value', zh: '金额', ru: 'Сумма' }),
    { header: () => ({ en: 'Provenance', zh: '数据来源', ru: 'Происхождение' }), width: 12 },
    { header: () => ({ en: 'Recorded by', zh: '录入人', ru: 'Кем внесено' }), width: 16 },
    { header: () => ({ en: 'Source quote', zh: '来源引文', ru: 'Цитата из источника' }), width: 40 },
    { header: () => ({ en: 'Kind (code)', zh: '类型(代码)', ru: 'Вид (код)' }), width: 22 },
    { header: () => ({ en: 'Party countries (codes)', zh: '签约方国家(代码)', ru: 'Страны сторон (коды)' }), width: 14 },
    { header: () => ({ en: 'Provenance (code)', zh: '数据来源(代码)', ru: 'Происхождение (код)' }), width: 12 },
    // What an import matches a row by (the record's reference) and how it sees an edit made since (its version).
    { header: () => REFERENCE_HEADER, width: 24 },
    { header: () => VERSION_HEADER, width: 8 },
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
      const country = organization.country ? ` (${labelIn(countryLabel(organization.country), o.lang)})` : '';
      return `${name(organization, o.lang)}${country} · ${label(DEAL_PARTY_ROLE_LABELS[role], o.lang)}`;
    });
    if (d.unnamedPartyCount) partyText.push(UNNAMED[o.lang](d.unnamedPartyCount));
    const countries = [...new Set(named.map((p) => p.organization.country).filter((c): c is string => !!c))];
    return [
      globalIdOf(d),
      dateCell(d.signedOn),
      titleIn(d, o.lang),
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
      d.externalKey ?? null,
      d.version,
    ];
  },
};
