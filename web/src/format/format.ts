// The one formatter for money, areas and dates on every screen: 万/亿 in Chinese, million/billion in English.
export type Lang = 'zh' | 'en';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** A compact, exact-enough amount: "10亿美元" / "USD 1 billion"; `amount` is the API's decimal string. */
export function formatMoney(amount: string, currency: string, lang: Lang): string {
  const value = Number(amount);
  const compact = new Intl.NumberFormat(locale(lang), {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(value);
  if (lang === 'zh') return `${compact}${currencyName(currency, lang)}`;
  return `${currency} ${compact}`;
}

/** A currency as the interface names it: "人民币" in Chinese, the ISO code ("CNY") in English. */
export function currencyName(currency: string, lang: Lang): string {
  if (lang === 'en') return currency;
  try {
    return new Intl.DisplayNames('zh-CN', { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

/** The full amount with grouping, for titles and tables: "USD 1,000,000,000" / "1,000,000,000 美元". */
export function formatMoneyExact(amount: string, currency: string, lang: Lang): string {
  const [whole, fraction] = amount.split('.');
  const grouped = new Intl.NumberFormat(locale(lang)).format(BigInt(whole));
  if (lang === 'zh') return `${grouped}${fraction ? `.${fraction}` : ''} ${currencyName(currency, lang)}`;
  return `${currency} ${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(value);
}

/** YYYY, YYYY-MM or YYYY-MM-DD shown as precisely as known: "2025年5月" / "May 2025". */
export function formatPartialDate(value: string, lang: Lang): string {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale(lang), options).format(date);
}
