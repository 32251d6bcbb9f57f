// An amount and its currency as officers type them (12,000,000 · 1200万 · 1.5亿 · 1.5 million), read back in the
// currency and the interface language before saving; the form sends the canonical decimal (FormCheck.money).
import { useTranslation } from 'react-i18next';
import { parseAmount } from '../format/amount-input';
import { formatMoney, formatMoneyExact } from '../format/format';
import { currentLanguage } from '../i18n';
import type { FieldsProps } from './RecordForm';

/** An amount and its currency, reported under `input.<prefix>.amount` / `.currency`. */
export function MoneyField({
  label,
  names,
  prefix,
  amount,
  currency,
  onAmount,
  onCurrency,
  field,
  describe,
}: {
  label: string;
  names: { amount: string; currency: string };
  prefix: string;
  amount: string;
  currency: string;
  onAmount: (value: string) => void;
  onCurrency: (value: string) => void;
} & Pick<FieldsProps<unknown, unknown>, 'field' | 'describe'>) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const reading = parseAmount(amount, currency);
  const readsId = `reads-${prefix.replace(/\./g, '-')}`;
  const amountAria = describe(`${prefix}.amount`);
  let reads: string | null = null;
  if (reading.kind === 'amount') {
    const exact = formatMoneyExact(reading.amount, currency, lang);
    const compact = formatMoney(reading.amount, currency, lang);
    reads = compact.replace(/\s/g, '') === exact.replace(/\s/g, '') ? t('amountInput.reads', { exact }) : t('amountInput.readsCompact', { exact, compact });
  }
  return (
    <div className="money-field">
      <label>
        {label}
        <input
          name={names.amount}
          autoComplete="off"
          value={amount}
          onChange={(e) => onAmount(e.target.value)}
          placeholder={t('edit.unknownAmount')}
          {...amountAria}
          aria-describedby={[amountAria['aria-describedby'], readsId].filter(Boolean).join(' ')}
        />
        <output id={readsId} className="amount-reads" data-reads={reading.kind === 'amount' ? reading.amount : undefined} aria-live="polite">
          {reads ?? (reading.kind === 'empty' ? t('amountInput.hint') : null)}
        </output>
        {field(`${prefix}.amount`)}
      </label>
      <label>
        {t('dashboard.filter.currency')}
        <input
          name={names.currency}
          maxLength={3}
          size={4}
          autoComplete="off"
          value={currency}
          onChange={(e) => onCurrency(e.target.value.toUpperCase())}
          {...describe(`${prefix}.currency`)}
        />
        {field(`${prefix}.currency`)}
      </label>
    </div>
  );
}
