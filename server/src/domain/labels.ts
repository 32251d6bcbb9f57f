// Names of the closed vocabularies in Chinese, English and Russian, for API answers that carry labels (statistics buckets) and exports.
import type {
  DealKind,
  DealPartyRole,
  InvestmentStage,
  OrganizationKind,
  ParkKind,
  ParkStatus,
  SectorCode,
  TenancyStatus,
  Verification,
} from './vocabulary.js';

export interface Label {
  en: string;
  zh: string;
  /** Russian, from reference data (never an officer's translation: those are the records' own). */
  ru?: string;
}

export const UNKNOWN_LABEL: Label = { en: 'Unknown', zh: '未知', ru: 'Неизвестно' };

export const INVESTMENT_STAGE_LABELS: Record<InvestmentStage, Label> = {
  LEAD: { en: 'Lead', zh: '意向', ru: 'Интерес' },
  NEGOTIATING: { en: 'Negotiating', zh: '洽谈中', ru: 'Переговоры' },
  SIGNED: { en: 'Signed', zh: '已签约', ru: 'Подписано' },
  UNDER_CONSTRUCTION: { en: 'Under construction', zh: '在建', ru: 'Строительство' },
  OPERATING: { en: 'Operating', zh: '已投产', ru: 'Эксплуатация' },
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, Label> = {
  COMPANY: { en: 'Company', zh: '企业', ru: 'Компания' },
  STATE_OWNED_ENTERPRISE: { en: 'State-owned enterprise', zh: '国有企业', ru: 'Государственное предприятие' },
  GOVERNMENT_BODY: { en: 'Government body', zh: '政府机构', ru: 'Государственный орган' },
  RESEARCH_INSTITUTE: { en: 'Research institute', zh: '科研院所', ru: 'Научно-исследовательский институт' },
  ALLIANCE: { en: 'Alliance', zh: '联盟', ru: 'Альянс' },
  ECONOMIC_ZONE: { en: 'Economic zone', zh: '经济区', ru: 'Экономическая зона' },
};

export const DEAL_KIND_LABELS: Record<DealKind, Label> = {
  COOPERATION_AGREEMENT: { en: 'Cooperation agreement', zh: '合作协议', ru: 'Соглашение о сотрудничестве' },
  SETTLEMENT_CONTRACT: { en: 'Settlement contract', zh: '入驻合同', ru: 'Договор о размещении' },
  INVESTMENT_AGREEMENT: { en: 'Investment agreement', zh: '投资协议', ru: 'Инвестиционное соглашение' },
  MOU: { en: 'Memorandum of understanding', zh: '合作备忘录', ru: 'Меморандум о взаимопонимании' },
};

export const TENANCY_STATUS_LABELS: Record<TenancyStatus, Label> = {
  SIGNED: { en: 'Signed', zh: '已签约', ru: 'Подписано' },
  MOVED_IN: { en: 'Moved in', zh: '已入驻', ru: 'Заехал' },
  OPERATING: { en: 'Operating', zh: '已运营', ru: 'Работает' },
  EXITED: { en: 'Left', zh: '已退出', ru: 'Выехал' },
};

export const VERIFICATION_LABELS: Record<Verification, Label> = {
  VERIFIED: { en: 'Verified', zh: '已核实', ru: 'Проверено' },
  RECORDED: { en: 'Recorded', zh: '人工录入', ru: 'Внесено сотрудником' },
  DEMO: { en: 'Demo data', zh: '演示数据', ru: 'Демо-данные' },
};

export const DEAL_PARTY_ROLE_LABELS: Record<DealPartyRole, Label> = {
  PARTY: { en: 'Party', zh: '签约方', ru: 'Сторона' },
  GOVERNMENT: { en: 'Government', zh: '政府', ru: 'Органы власти' },
  PARK_OPERATOR: { en: 'Park operator', zh: '园区运营方', ru: 'Оператор парка' },
  TENANT: { en: 'Tenant', zh: '入驻企业', ru: 'Резидент' },
  INVESTOR: { en: 'Investor', zh: '投资方', ru: 'Инвестор' },
};

export const PARK_KIND_LABELS: Record<ParkKind, Label> = {
  INDUSTRIAL_PARK: { en: 'Industrial park', zh: '产业园', ru: 'Индустриальный парк' },
  LOGISTICS_HUB: { en: 'Logistics hub', zh: '物流枢纽', ru: 'Логистический хаб' },
  PLATFORM: { en: 'Platform', zh: '服务平台', ru: 'Платформа' },
};

export const PARK_STATUS_LABELS: Record<ParkStatus, Label> = {
  PLANNED: { en: 'Planned', zh: '规划中', ru: 'Запланирован' },
  UNDER_CONSTRUCTION: { en: 'Under construction', zh: '在建', ru: 'Строится' },
  CONSTRUCTION_COMPLETED: { en: 'Construction completed', zh: '已竣工', ru: 'Строительство завершено' },
  OPERATING: { en: 'Operating', zh: '运营中', ru: 'Действует' },
  UNKNOWN: { en: 'Unknown', zh: '未知', ru: 'Неизвестно' },
};

const REGION = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  zh: new Intl.DisplayNames(['zh-CN'], { type: 'region' }),
  ru: new Intl.DisplayNames(['ru'], { type: 'region' }),
};

/** A country's name in Chinese, English and Russian from its ISO 3166-1 alpha-2 code (CLDR data via Intl). */
export function countryLabel(code: string): Label {
  try {
    return { en: REGION.en.of(code) ?? code, zh: REGION.zh.of(code) ?? code, ru: REGION.ru.of(code) ?? code };
  } catch {
    return { en: code, zh: code, ru: code };
  }
}

/** The sectors' Russian names (reference data beside the sector table's Chinese and English). */
export const SECTOR_RU: Record<SectorCode, string> = {
  LOGISTICS: 'Логистика и транспорт',
  NEW_ENERGY: 'Новая энергетика',
  EQUIPMENT_MANUFACTURING: 'Машиностроение',
  DIGITAL_ECONOMY: 'Цифровая экономика',
  TRADE: 'Торговля',
  FINANCE: 'Финансы',
  AGRI_FOOD: 'Сельское хозяйство и продовольствие',
  RESEARCH: 'Исследования и разработки',
  EDUCATION_TRAINING: 'Образование и обучение',
  OTHER: 'Прочее',
};
