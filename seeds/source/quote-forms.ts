// How the report writes a value: the forms a VERIFIED number, date or count takes in a Chinese news text, so a test
// can check that the value a record stores occurs in its own quote (100000万美元, 4300亩, 今年1月 ...).
import type { SeedMoney } from './types.js';

/** Chinese names of the countries the records use (ISO 3166-1 alpha-2). */
export const COUNTRY_NAMES_ZH: Record<string, string> = {
  CN: '中国',
  DE: '德国',
  RU: '俄罗斯',
  KG: '吉尔吉斯斯坦',
  PK: '巴基斯坦',
  US: '美国',
  AE: '阿联酋',
};

const CURRENCY_ZH: Record<string, string> = { CNY: '元', USD: '美元', EUR: '欧元' };

/** A decimal string divided by 10^power, written without trailing zeros; null when it is not a whole multiple. */
function scaled(amount: string, power: number): string | null {
  const [whole, frac = ''] = amount.split('.');
  if (frac.replace(/0+$/, '')) return null;
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (power === 0) return digits;
  if (digits.length <= power || !/^0+$/.test(digits.slice(-power))) return null;
  return digits.slice(0, -power);
}

/** 1000000000 USD → 1000000000美元, 100000万美元, 10亿美元. */
export function moneyForms(m: SeedMoney): string[] {
  const unit = CURRENCY_ZH[m.currency];
  if (!unit) return [];
  const forms: string[] = [];
  for (const [power, prefix] of [
    [0, ''],
    [4, '万'],
    [8, '亿'],
  ] as const) {
    const n = scaled(m.amount, power);
    if (n !== null) forms.push(`${n}${prefix}${unit}`);
  }
  return forms;
}

/**
 * 2025-07-18 → 2025年7月18日; 2025-05 → 2025年5月 and, in a report of that year, 今年5月; 2025 → 2025年 / 今年.
 * `reportYear` is the year of the event the report covers (it has no date of its own).
 */
export function dateForms(date: string, reportYear: string): string[] {
  const [y, m, d] = date.split('-');
  const month = m ? `${Number(m)}月` : '';
  const day = d ? `${Number(d)}日` : '';
  const forms = [`${y}年${month}${day}`];
  if (y === reportYear) forms.push(`今年${month}${day}`);
  return forms;
}

/** 4300 mu → 4300亩. */
export function areaMuForms(mu: number): string[] {
  return [`${mu}亩`];
}

/** 6 enterprises → 6家企业, 6家. */
export function enterpriseCountForms(n: number): string[] {
  return [`${n}家企业`, `${n}家`];
}

/** True when one of the forms occurs in one of the quotes. */
export function occursIn(forms: string[], quotes: string[]): boolean {
  return forms.some((f) => quotes.some((q) => q.includes(f)));
}
