// The one formatter for money, areas and dates on every screen: 万/亿 in Chinese, million/billion in English,
// тыс./млн/млрд in Russian.
export type Lang = 'zh' | 'en' | 'ru';

/** The BCP 47 locale of an interface language, for Intl and the `lang` attribute. */
export const locale = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : lang === 'ru' ? 'ru-RU' : 'en');

/** A content text (name, title, label) as the API gives it: Chinese and English always, Russian when entered. */
export interface Localized {
  zh: string;
  en: string;
  ru?: string | null;
}

/** A content text in the interface language; the Russian interface shows the English text where no Russian is entered. */
export function textIn(text: Localized, lang: Lang): string {
  return lang === 'ru' ? text.ru || text.en : text[lang];
}

/** Whether `textIn` fell back to English for the Russian interface (the element then carries lang="en"). */
export function textLang(text: Localized, lang: Lang): Lang {
  return lang === 'ru' && !text.ru ? 'en' : lang;
}

/** A compact, exact-enough amount: "10亿美元" / "USD 1 billion" / "1 млрд USD"; `amount` is the API's decimal string. */
export function formatMoney(amount: string, currency: string, lang: Lang): string {
  const value = Number(amount);
  const compact = new Intl.NumberFormat(locale(lang), {
    notation: 'compact',
    // Russian writes the short forms (тыс., млн, млрд) in business texts; the long ones are declined words.
    compactDisplay: lang === 'ru' ? 'short' : 'long',
    maximumFractionDigits: 2,
  }).format(value);
  if (lang === 'zh') return `${compact}${currencyName(currency, lang)}`;
  // The number and its word stay together (Intl joins them with a no-break space); the code may wrap to the next line.
  if (lang === 'ru') return `${compact} ${currency}`;
  return `${currency} ${compact}`;
}

/** A currency as the interface names it: "人民币" in Chinese, the ISO code ("CNY") in English and Russian. */
export function currencyName(currency: string, lang: Lang): string {
  if (lang !== 'zh') return currency;
  try {
    return new Intl.DisplayNames('zh-CN', { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}

/** The full amount with grouping, for titles and tables: "USD 1,000,000,000" / "1,000,000,000 美元" / "1 000 000 000,5 USD". */
export function formatMoneyExact(amount: string, currency: string, lang: Lang): string {
  const [whole, fraction] = amount.split('.');
  const grouped = new Intl.NumberFormat(locale(lang)).format(BigInt(whole));
  if (lang === 'zh') return `${grouped}${fraction ? `.${fraction}` : ''} ${currencyName(currency, lang)}`;
  if (lang === 'ru') return `${grouped}${fraction ? `,${fraction}` : ''} ${currency}`;
  return `${currency} ${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(value);
}

/** YYYY, YYYY-MM or YYYY-MM-DD shown as precisely as known: "2025年5月" / "May 2025" / "май 2025 г.". */
export function formatPartialDate(value: string, lang: Lang): string {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale(lang), options).format(date);
}
