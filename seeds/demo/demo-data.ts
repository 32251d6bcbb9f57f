// The DEMO dataset: a pure, deterministic function of a seed and sizes (same input, same records), so the
// product has plausible volume to show. Every record it makes is DEMO; nothing here is real or ever VERIFIED.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { DealKind, DealPartyRole, InvestmentStage, OrganizationKind, SectorCode, TenancyStatus } from '../../server/src/domain/vocabulary.js';

export const DEFAULT_DEMO_SEED = 20250718;
export interface DemoSizes {
  organizations: number;
  tenancies: number;
  investments: number;
  deals: number;
}
export const DEFAULT_DEMO_SIZES: DemoSizes = { organizations: 300, tenancies: 600, investments: 2000, deals: 400 };

export interface DemoPark {
  slug: string;
  nameZh: string;
  nameEn: string;
}

export interface DemoMoney {
  amount: string;
  currency: string;
}

export interface DemoOrganization {
  key: string;
  nameZh: string;
  nameEn: string;
  country: string;
  kind: OrganizationKind;
  sectors: SectorCode[];
}
export interface DemoTenancy {
  key: string;
  organizationKey: string;
  parkSlug: string;
  status: TenancyStatus;
  signedOn: string;
  movedInOn: string | null;
  exitedOn: string | null;
  leasedAreaM2: number;
}
export interface DemoInvestment {
  key: string;
  organizationKey: string | null;
  parkSlug: string;
  sector: SectorCode;
  stage: InvestmentStage;
  amount: DemoMoney;
  announcedOn: string;
  expectedJobs: number | null;
  expectedAnnualOutput: DemoMoney | null;
}
export interface DemoDeal {
  key: string;
  kind: DealKind;
  titleZh: string;
  titleEn: string;
  signedOn: string;
  parkSlug: string | null;
  parties: { organizationKey: string; role: DealPartyRole }[];
  unnamedPartyCount: number;
  value: DemoMoney | null;
}
export interface DemoDataset {
  organizations: DemoOrganization[];
  tenancies: DemoTenancy[];
  investments: DemoInvestment[];
  deals: DemoDeal[];
}

// SCO members and partners, weighted roughly by how often their firms appear in the zone's promotion.
const COUNTRIES: { code: string; weight: number; cities: [string, string][] }[] = [
  {
    code: 'CN',
    weight: 34,
    cities: [
      ['青岛', 'Qingdao'],
      ['济南', 'Jinan'],
      ['烟台', 'Yantai'],
      ['潍坊', 'Weifang'],
      ['西安', "Xi'an"],
      ['郑州', 'Zhengzhou'],
    ],
  },
  {
    code: 'RU',
    weight: 12,
    cities: [
      ['莫斯科', 'Moscow'],
      ['喀山', 'Kazan'],
      ['新西伯利亚', 'Novosibirsk'],
      ['叶卡捷琳堡', 'Yekaterinburg'],
    ],
  },
  {
    code: 'KZ',
    weight: 10,
    cities: [
      ['阿拉木图', 'Almaty'],
      ['阿斯塔纳', 'Astana'],
      ['奇姆肯特', 'Shymkent'],
    ],
  },
  {
    code: 'UZ',
    weight: 7,
    cities: [
      ['塔什干', 'Tashkent'],
      ['撒马尔罕', 'Samarkand'],
    ],
  },
  {
    code: 'KG',
    weight: 5,
    cities: [
      ['比什凯克', 'Bishkek'],
      ['奥什', 'Osh'],
    ],
  },
  {
    code: 'TJ',
    weight: 3,
    cities: [
      ['杜尚别', 'Dushanbe'],
      ['苦盏', 'Khujand'],
    ],
  },
  {
    code: 'PK',
    weight: 6,
    cities: [
      ['卡拉奇', 'Karachi'],
      ['拉合尔', 'Lahore'],
    ],
  },
  {
    code: 'IN',
    weight: 5,
    cities: [
      ['孟买', 'Mumbai'],
      ['班加罗尔', 'Bengaluru'],
    ],
  },
  {
    code: 'BY',
    weight: 4,
    cities: [
      ['明斯克', 'Minsk'],
      ['戈梅利', 'Gomel'],
    ],
  },
  {
    code: 'IR',
    weight: 3,
    cities: [
      ['德黑兰', 'Tehran'],
      ['伊斯法罕', 'Isfahan'],
    ],
  },
  {
    code: 'AE',
    weight: 3,
    cities: [
      ['迪拜', 'Dubai'],
      ['沙迦', 'Sharjah'],
    ],
  },
  {
    code: 'TR',
    weight: 3,
    cities: [
      ['伊斯坦布尔', 'Istanbul'],
      ['梅尔辛', 'Mersin'],
    ],
  },
  {
    code: 'DE',
    weight: 2,
    cities: [
      ['汉堡', 'Hamburg'],
      ['杜伊斯堡', 'Duisburg'],
    ],
  },
  { code: 'MN', weight: 1, cities: [['乌兰巴托', 'Ulaanbaatar']] },
  { code: 'AZ', weight: 2, cities: [['巴库', 'Baku']] },
];

const SECTOR_WORDS: Record<SectorCode, [string, string][]> = {
  LOGISTICS: [
    ['物流', 'Logistics'],
    ['供应链', 'Supply Chain'],
    ['班列运营', 'Rail Freight'],
  ],
  NEW_ENERGY: [
    ['新能源', 'New Energy'],
    ['光伏', 'Solar'],
    ['储能', 'Energy Storage'],
  ],
  EQUIPMENT_MANUFACTURING: [
    ['装备', 'Machinery'],
    ['智能制造', 'Smart Manufacturing'],
    ['重工', 'Heavy Industries'],
  ],
  DIGITAL_ECONOMY: [
    ['数字科技', 'Digital Technology'],
    ['云计算', 'Cloud Computing'],
    ['数据服务', 'Data Services'],
  ],
  TRADE: [
    ['国际贸易', 'International Trading'],
    ['进出口', 'Import & Export'],
  ],
  FINANCE: [
    ['资本', 'Capital'],
    ['供应链金融', 'Trade Finance'],
  ],
  AGRI_FOOD: [
    ['农业', 'Agro'],
    ['粮油食品', 'Grain & Foods'],
  ],
  RESEARCH: [
    ['技术研究', 'Technology Research'],
    ['检测认证', 'Testing & Certification'],
  ],
  EDUCATION_TRAINING: [
    ['职业培训', 'Vocational Training'],
    ['语言教育', 'Language Education'],
  ],
  OTHER: [
    ['综合', 'Holdings'],
    ['实业', 'Industries'],
  ],
};
const SECTORS = Object.keys(SECTOR_WORDS) as SectorCode[];
const SECTOR_WEIGHTS: Record<SectorCode, number> = {
  LOGISTICS: 18,
  NEW_ENERGY: 14,
  EQUIPMENT_MANUFACTURING: 18,
  DIGITAL_ECONOMY: 12,
  TRADE: 12,
  FINANCE: 5,
  AGRI_FOOD: 9,
  RESEARCH: 5,
  EDUCATION_TRAINING: 3,
  OTHER: 4,
};
const KIND_SUFFIX: Partial<Record<OrganizationKind, [string, string][]>> = {
  COMPANY: [
    ['集团', 'Group'],
    ['有限公司', 'Co., Ltd.'],
    ['股份公司', 'Corporation'],
  ],
  STATE_OWNED_ENTERPRISE: [['国有控股集团', 'State Holding Group']],
  RESEARCH_INSTITUTE: [['研究院', 'Institute']],
};
const KIND_ZH: Record<DealKind, string> = {
  COOPERATION_AGREEMENT: '合作协议',
  SETTLEMENT_CONTRACT: '入驻协议',
  INVESTMENT_AGREEMENT: '投资协议',
  MOU: '合作备忘录',
};
const KIND_EN: Record<DealKind, string> = {
  COOPERATION_AGREEMENT: 'Cooperation agreement',
  SETTLEMENT_CONTRACT: 'Settlement contract',
  INVESTMENT_AGREEMENT: 'Investment agreement',
  MOU: 'Memorandum of understanding',
};
// Approximate units per USD, to make amounts in other currencies of a plausible size (not a rate table).
const UNITS_PER_USD: Record<string, number> = { USD: 1, CNY: 7.2, RUB: 90, KZT: 480, EUR: 0.92 };

const FIRST_DAY = Date.UTC(2023, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;

class Random {
  private readonly rng;
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  weighted<T>(items: readonly [T, number][]): T {
    let n = this.int(
      1,
      items.reduce((s, [, w]) => s + w, 0),
    );
    for (const [item, w] of items) if ((n -= w) <= 0) return item;
    return items[items.length - 1][0];
  }
  /** A day between two UTC timestamps, as YYYY-MM-DD. */
  day(from = FIRST_DAY, to = LAST_DAY): string {
    return new Date(from + this.int(0, Math.floor((to - from) / DAY)) * DAY).toISOString().slice(0, 10);
  }
  /** Log-uniform between min and max: many small amounts, a few large ones. */
  logUniform(min: number, max: number): number {
    const t = this.int(0, 1_000_000) / 1_000_000;
    return Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min)));
  }
}

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
const minDate = (a: string, b: string) => (a < b ? a : b);
const pad = (n: number) => String(n).padStart(4, '0');

function money(r: Random, usd: number): DemoMoney {
  const currency = r.weighted<string>([
    ['USD', 45],
    ['CNY', 45],
    ['RUB', 4],
    ['KZT', 3],
    ['EUR', 3],
  ]);
  const units = Math.max(1, Math.round((usd * UNITS_PER_USD[currency]) / 10_000)) * 10_000;
  return { amount: String(units), currency };
}

/** One generated record, in the order the generator makes them: organizations, tenancies, investments, deals. */
export type DemoRecord =
  | { type: 'organization'; record: DemoOrganization }
  | { type: 'tenancy'; record: DemoTenancy }
  | { type: 'investment'; record: DemoInvestment }
  | { type: 'deal'; record: DemoDeal };

export interface DemoOptions {
  seed?: number;
  sizes?: Partial<DemoSizes>;
  parks: DemoPark[];
}

/** The whole dataset in memory: for tests and small sizes (the loader streams `demoRecords` instead). */
export function generateDemo(options: DemoOptions): DemoDataset {
  const out: DemoDataset = { organizations: [], tenancies: [], investments: [], deals: [] };
  for (const item of demoRecords(options)) {
    if (item.type === 'organization') out.organizations.push(item.record);
    else if (item.type === 'tenancy') out.tenancies.push(item.record);
    else if (item.type === 'investment') out.investments.push(item.record);
    else out.deals.push(item.record);
  }
  return out;
}

/**
 * The dataset one record at a time (one random sequence drawn in a fixed order, so the same seed and sizes give the
 * same records). Only the organizations stay in memory (records pick among them); the rest are made as they are read.
 */
export function* demoRecords(options: DemoOptions): Generator<DemoRecord, void, undefined> {
  const sizes = { ...DEFAULT_DEMO_SIZES, ...options.sizes };
  if (!options.parks.length) throw new Error('demo data needs at least one park');
  const r = new Random(options.seed ?? DEFAULT_DEMO_SEED);
  const sectorWeights = SECTORS.map((s) => [s, SECTOR_WEIGHTS[s]] as [SectorCode, number]);
  const countryWeights = COUNTRIES.map((c) => [c, c.weight] as [(typeof COUNTRIES)[number], number]);

  const organizations: DemoOrganization[] = [];
  // How many organizations took each name: the next one with that name gets " (n)", the first n not yet taken.
  const nameUses = new Map<string, number>();
  for (let i = 1; i <= sizes.organizations; i++) {
    const country = r.weighted(countryWeights);
    const kind = r.weighted<OrganizationKind>([
      ['COMPANY', 80],
      ['STATE_OWNED_ENTERPRISE', 12],
      ['RESEARCH_INSTITUTE', 8],
    ]);
    const first = r.weighted(sectorWeights);
    const sectors = r.chance(0.3) ? [...new Set([first, r.weighted(sectorWeights)])] : [first];
    const [cityZh, cityEn] = r.pick(country.cities);
    const [wordZh, wordEn] = r.pick(SECTOR_WORDS[first]);
    const [sufZh, sufEn] = r.pick(KIND_SUFFIX[kind]!);
    let nameZh = `${cityZh}${wordZh}${sufZh}`;
    let nameEn = `${cityEn} ${wordEn} ${sufEn}`;
    const uses = (nameUses.get(nameEn) ?? 0) + 1;
    nameUses.set(nameEn, uses);
    if (uses > 1) {
      nameZh = `${nameZh}(${uses})`;
      nameEn = `${nameEn} (${uses})`;
    }
    const organization: DemoOrganization = { key: `demo-org-${pad(i)}`, nameZh, nameEn, country: country.code, kind, sectors };
    organizations.push(organization);
    yield { type: 'organization', record: organization };
  }

  const last = new Date(LAST_DAY).toISOString().slice(0, 10);
  for (let i = 1; i <= sizes.tenancies; i++) {
    const status = r.weighted<TenancyStatus>([
      ['SIGNED', 25],
      ['MOVED_IN', 20],
      ['OPERATING', 45],
      ['EXITED', 10],
    ]);
    const signedOn = r.day(FIRST_DAY, status === 'SIGNED' ? LAST_DAY : LAST_DAY - 400 * DAY);
    const movedInOn = status === 'SIGNED' ? null : minDate(addDays(signedOn, r.int(30, 240)), last);
    const exitedOn = status === 'EXITED' && movedInOn ? minDate(addDays(movedInOn, r.int(60, 700)), last) : null;
    yield {
      type: 'tenancy',
      record: {
        key: `demo-tenancy-${pad(i)}`,
        organizationKey: r.pick(organizations).key,
        parkSlug: r.pick(options.parks).slug,
        status,
        signedOn,
        movedInOn,
        exitedOn,
        leasedAreaM2: r.int(50, 5000) * 10,
      },
    };
  }

  for (let i = 1; i <= sizes.investments; i++) {
    const org = r.chance(0.05) ? null : r.pick(organizations);
    const amount = money(r, r.logUniform(500_000, 800_000_000));
    yield {
      type: 'investment',
      record: {
        key: `demo-investment-${pad(i)}`,
        organizationKey: org?.key ?? null,
        parkSlug: r.pick(options.parks).slug,
        sector: org ? r.pick(org.sectors) : r.weighted(sectorWeights),
        stage: r.weighted<InvestmentStage>([
          ['LEAD', 20],
          ['NEGOTIATING', 20],
          ['SIGNED', 25],
          ['UNDER_CONSTRUCTION', 15],
          ['OPERATING', 20],
        ]),
        amount,
        announcedOn: r.day(),
        expectedJobs: r.chance(0.7) ? r.int(2, 200) * 10 : null,
        expectedAnnualOutput: r.chance(0.5)
          ? { amount: String(Math.round((Number(amount.amount) * r.int(5, 30)) / 10 / 10_000) * 10_000), currency: amount.currency }
          : null,
      },
    };
  }

  for (let i = 1; i <= sizes.deals; i++) {
    const kind = r.weighted<DealKind>([
      ['COOPERATION_AGREEMENT', 30],
      ['SETTLEMENT_CONTRACT', 30],
      ['INVESTMENT_AGREEMENT', 25],
      ['MOU', 15],
    ]);
    const park = kind === 'SETTLEMENT_CONTRACT' || r.chance(0.7) ? r.pick(options.parks) : null;
    const role: DealPartyRole = kind === 'SETTLEMENT_CONTRACT' ? 'TENANT' : kind === 'INVESTMENT_AGREEMENT' ? 'INVESTOR' : 'PARTY';
    const count = r.int(1, 3);
    const chosen: DemoOrganization[] = [];
    while (chosen.length < Math.min(count, organizations.length)) {
      const org = r.pick(organizations);
      if (!chosen.includes(org)) chosen.push(org);
    }
    const lead = chosen[0];
    yield {
      type: 'deal',
      record: {
        key: `demo-deal-${pad(i)}`,
        kind,
        titleZh: `${lead.nameZh}${chosen.length > 1 ? '等' : ''}${park ? `与${park.nameZh}` : ''}${KIND_ZH[kind]}`,
        titleEn: `${KIND_EN[kind]}: ${lead.nameEn}${chosen.length > 1 ? ' and others' : ''}${park ? ` with ${park.nameEn}` : ''}`,
        signedOn: r.day(),
        parkSlug: park?.slug ?? null,
        parties: chosen.map((o) => ({ organizationKey: o.key, role })),
        unnamedPartyCount: r.chance(0.1) ? r.int(1, 4) : 0,
        value: kind === 'INVESTMENT_AGREEMENT' || r.chance(0.15) ? money(r, r.logUniform(1_000_000, 300_000_000)) : null,
      },
    };
  }
}
