// Bilingual names of the closed vocabularies, for API answers that carry labels (statistics buckets) and exports.
import type { DealKind, DealPartyRole, InvestmentStage, OrganizationKind, ParkKind, ParkStatus, TenancyStatus, Verification } from './vocabulary.js';

export interface Label {
  en: string;
  zh: string;
}

export const UNKNOWN_LABEL: Label = { en: 'Unknown', zh: '未知' };

export const INVESTMENT_STAGE_LABELS: Record<InvestmentStage, Label> = {
  LEAD: { en: 'Lead', zh: '意向' },
  NEGOTIATING: { en: 'Negotiating', zh: '洽谈中' },
  SIGNED: { en: 'Signed', zh: '已签约' },
  UNDER_CONSTRUCTION: { en: 'Under construction', zh: '在建' },
  OPERATING: { en: 'Operating', zh: '已投产' },
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, Label> = {
  COMPANY: { en: 'Company', zh: '企业' },
  STATE_OWNED_ENTERPRISE: { en: 'State-owned enterprise', zh: '国有企业' },
  GOVERNMENT_BODY: { en: 'Government body', zh: '政府机构' },
  RESEARCH_INSTITUTE: { en: 'Research institute', zh: '科研院所' },
  ALLIANCE: { en: 'Alliance', zh: '联盟' },
  ECONOMIC_ZONE: { en: 'Economic zone', zh: '经济区' },
};

export const DEAL_KIND_LABELS: Record<DealKind, Label> = {
  COOPERATION_AGREEMENT: { en: 'Cooperation agreement', zh: '合作协议' },
  SETTLEMENT_CONTRACT: { en: 'Settlement contract', zh: '入驻合同' },
  INVESTMENT_AGREEMENT: { en: 'Investment agreement', zh: '投资协议' },
  MOU: { en: 'Memorandum of understanding', zh: '合作备忘录' },
};

export const TENANCY_STATUS_LABELS: Record<TenancyStatus, Label> = {
  SIGNED: { en: 'Signed', zh: '已签约' },
  MOVED_IN: { en: 'Moved in', zh: '已入驻' },
  OPERATING: { en: 'Operating', zh: '已运营' },
  EXITED: { en: 'Left', zh: '已退出' },
};

export const VERIFICATION_LABELS: Record<Verification, Label> = {
  VERIFIED: { en: 'Verified', zh: '已核实' },
  RECORDED: { en: 'Recorded', zh: '人工录入' },
  DEMO: { en: 'Demo data', zh: '演示数据' },
};

export const DEAL_PARTY_ROLE_LABELS: Record<DealPartyRole, Label> = {
  PARTY: { en: 'Party', zh: '签约方' },
  GOVERNMENT: { en: 'Government', zh: '政府' },
  PARK_OPERATOR: { en: 'Park operator', zh: '园区运营方' },
  TENANT: { en: 'Tenant', zh: '入驻企业' },
  INVESTOR: { en: 'Investor', zh: '投资方' },
};

export const PARK_KIND_LABELS: Record<ParkKind, Label> = {
  INDUSTRIAL_PARK: { en: 'Industrial park', zh: '产业园' },
  LOGISTICS_HUB: { en: 'Logistics hub', zh: '物流枢纽' },
  PLATFORM: { en: 'Platform', zh: '服务平台' },
};

export const PARK_STATUS_LABELS: Record<ParkStatus, Label> = {
  PLANNED: { en: 'Planned', zh: '规划中' },
  UNDER_CONSTRUCTION: { en: 'Under construction', zh: '在建' },
  CONSTRUCTION_COMPLETED: { en: 'Construction completed', zh: '已竣工' },
  OPERATING: { en: 'Operating', zh: '运营中' },
  UNKNOWN: { en: 'Unknown', zh: '未知' },
};

const REGION = { en: new Intl.DisplayNames(['en'], { type: 'region' }), zh: new Intl.DisplayNames(['zh-CN'], { type: 'region' }) };

/** A country's name in both languages from its ISO 3166-1 alpha-2 code (CLDR data via Intl). */
export function countryLabel(code: string): Label {
  try {
    return { en: REGION.en.of(code) ?? code, zh: REGION.zh.of(code) ?? code };
  } catch {
    return { en: code, zh: code };
  }
}
