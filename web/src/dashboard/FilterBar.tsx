import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { InvestmentStage, OrganizationKind } from '../__generated__/graphql';
import { currencyName, type Lang, textIn } from '../format/format';
import { chosen, toggleFilter, type ListFilter, type Preset, type ViewState } from './view-state';

const DashboardOptionsQuery = graphql(`
  query DashboardOptionsQuery {
    parks(first: 100) {
      nodes {
        id
        name {
          zh
          en
          ru
        }
      }
    }
    sectors {
      code
      name {
        zh
        en
        ru
      }
    }
    countries: investmentStats(groupBy: [SOURCE_COUNTRY]) {
      buckets {
        ...FilterBar_country
      }
    }
  }
`);

/** A country the filter offers: a group of the investments by their investor's country. */
export const FilterBar_country = graphql(`
  fragment FilterBar_country on InvestmentBucket {
    key {
      value
      label {
        zh
        en
        ru
      }
    }
  }
`);

/** The countries investors come from, named in `lang`; the group of investors without a country is not a choice. */
export function investorCountryOptions(buckets: readonly FragmentType<typeof FilterBar_country>[], lang: Lang): Option[] {
  return getFragmentData(FilterBar_country, buckets).flatMap(({ key: [country] }) =>
    country?.value ? [{ value: country.value, label: textIn(country.label, lang) }] : [],
  );
}

const PRESETS: Preset[] = ['this-year', 'last-12-months', 'since-conference', 'all', 'custom'];
const CURRENCIES = ['CNY', 'USD', 'EUR', 'RUB', 'KZT'];

export interface Option {
  value: string;
  label: string;
}

/** Labels of every filter value (for the chips), from the options query and the interface text. */
export function useFilterOptions(lang: Lang): Record<ListFilter, Option[]> {
  const { t } = useTranslation();
  const { data } = useQuery(DashboardOptionsQuery);
  return {
    parks: data?.parks.nodes.map((p) => ({ value: p.id, label: textIn(p.name, lang) })) ?? [],
    sectors: data?.sectors.map((s) => ({ value: s.code, label: textIn(s.name, lang) })) ?? [],
    countries: data ? investorCountryOptions(data.countries.buckets, lang) : [],
    stages: Object.values(InvestmentStage).map((s) => ({ value: s, label: t(`stage.${s}`) })),
    kinds: Object.values(OrganizationKind).map((k) => ({ value: k, label: t(`orgKind.${k}`) })),
  };
}

function MultiSelect({
  name,
  label,
  options,
  selected,
  onToggle,
}: {
  name: ListFilter;
  label: string;
  options: Option[];
  selected: readonly string[];
  onToggle: (name: ListFilter, v: string) => void;
}) {
  return (
    <details className="multi-select" data-filter={name}>
      <summary>
        {label}
        {selected.length ? <span className="count"> ({selected.length})</span> : null}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(name, o.value)} /> {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** Parks, sectors, countries, stages, organization kinds, period, currency, real data only, time grain. */
export function FilterBar({ view, onChange, lang }: { view: ViewState; onChange: (v: ViewState) => void; lang: Lang }) {
  const { t } = useTranslation();
  const options = useFilterOptions(lang);
  const toggle = (name: ListFilter, value: string) => onChange(toggleFilter(view, name, value));
  return (
    <form className="filter-bar" aria-label={t('dashboard.filters')} onSubmit={(e) => e.preventDefault()}>
      {(['parks', 'sectors', 'countries', 'stages', 'kinds'] as const).map((name) => (
        <MultiSelect key={name} name={name} label={t(`dashboard.filter.${name}`)} options={options[name]} selected={chosen(view, name)} onToggle={toggle} />
      ))}
      <label>
        {t('dashboard.filter.period')}
        <select name="period" value={view.preset} onChange={(e) => onChange({ ...view, preset: e.target.value as Preset })}>
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`dashboard.preset.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {view.preset === 'custom' ? (
        <>
          <label>
            {t('dashboard.filter.from')}
            <input type="date" name="from" value={view.from ?? ''} onChange={(e) => onChange({ ...view, from: e.target.value || null })} />
          </label>
          <label>
            {t('dashboard.filter.to')}
            <input type="date" name="to" value={view.to ?? ''} onChange={(e) => onChange({ ...view, to: e.target.value || null })} />
          </label>
        </>
      ) : null}
      <label>
        {t('dashboard.filter.grain')}
        <select name="grain" value={view.grain} onChange={(e) => onChange({ ...view, grain: e.target.value as ViewState['grain'] })}>
          {(['MONTH', 'QUARTER', 'YEAR'] as const).map((g) => (
            <option key={g} value={g}>
              {t(`dashboard.grain.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.currency')}
        <select name="currency" value={view.currency} onChange={(e) => onChange({ ...view, currency: e.target.value })}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {currencyName(c, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" name="real" checked={view.realOnly} onChange={(e) => onChange({ ...view, realOnly: e.target.checked })} />
        {t('dashboard.filter.realOnly')}
      </label>
    </form>
  );
}

/** The active filters as removable chips, and a way to clear them all. */
export function FilterChips({
  view,
  onToggle,
  onClear,
  lang,
}: {
  view: ViewState;
  onToggle: (name: ListFilter, v: string) => void;
  onClear: () => void;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const options = useFilterOptions(lang);
  const chips = (['parks', 'sectors', 'countries', 'stages', 'kinds'] as const).flatMap((name) =>
    chosen(view, name).map((value) => ({ name, value, label: options[name].find((o) => o.value === value)?.label ?? value })),
  );
  if (!chips.length) return null;
  return (
    <ul className="chips" aria-label={t('dashboard.activeFilters')}>
      {chips.map((c) => (
        <li key={`${c.name}:${c.value}`}>
          <button
            type="button"
            className="chip"
            data-chip={`${c.name}:${c.value}`}
            onClick={() => onToggle(c.name, c.value)}
            aria-label={t('dashboard.removeFilter', { label: c.label })}
          >
            {t(`dashboard.filter.${c.name}`)}: {c.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="chip chip-clear" onClick={onClear}>
          {t('dashboard.clearFilters')}
        </button>
      </li>
    </ul>
  );
}
