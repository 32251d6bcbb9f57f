import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../router';
import { getFragmentData, graphql } from '../__generated__';
import { DealKind, type DealFilter, type DealOrder } from '../__generated__/graphql';
import { useSession } from '../auth/session';
import { columnChart, StatsBucket_deal, timeSeries } from '../charts/view-models';
import { ColumnChart } from '../charts/ColumnChart';
import { countryName, countryOptions } from '../format/countries';
import { ExportLinks } from '../components/ExportLinks';
import { TranslationMark } from '../components/TranslationMark';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { formatMoney, formatNumber, locale, textIn, textLang } from '../format/format';
import { currentLanguage } from '../i18n';
import { NewRecordsNotice } from '../live/NewRecordsNotice';
import { useHydrated } from '../ssr/page-context';

const DealsPageQuery = graphql(`
  query DealsPageQuery($filter: DealFilter, $orderBy: [DealOrder!], $after: String, $period: PeriodInput) {
    deals(filter: $filter, first: 50, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        version
        kind
        title {
          zh
          en
          ru
          ...TranslationMark_text
        }
        signedOn
        verification
        recordedBy
        unnamedPartyCount
        partyCount
        park {
          name {
            zh
            en
            ru
            ...TranslationMark_text
          }
        }
        event {
          name {
            zh
            en
            ru
            ...TranslationMark_text
          }
          parent {
            name {
              zh
              en
              ru
            }
          }
        }
        value {
          amount
          currency
        }
        parties {
          role
          organization {
            name {
              zh
              en
              ru
              ...TranslationMark_text
            }
            country
          }
        }
        sources {
          quote
        }
      }
    }
    timeline: dealStats(filter: $filter, period: $period, groupBy: [MONTH]) {
      buckets {
        ...StatsBucket_deal
      }
    }
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
  }
`);

/** The list's order: latest signing first (the downloads follow it too). */
const ORDER: DealOrder[] = ['SIGNED_ON_DESC'];

/** Signed deals with their parties, filterable by kind, park, a party's country and date; a timeline above. */
export function DealsPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const session = useSession();
  // The country picker's names and order are the browser's (Intl): listed once hydrated, the chosen one before.
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const park = params.get('park') ?? '';
  const country = (params.get('country') ?? '').toUpperCase();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const filter: DealFilter = {};
  const knownKind = Object.values(DealKind).find((k) => k === kind);
  if (knownKind) filter.kind = { eq: knownKind };
  if (park) filter.park = { id: { eq: park } };
  if (/^[A-Z]{2}$/.test(country)) filter.party = { country: { eq: country } };
  if (from || to) filter.signedOn = { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
  const period = from && to && from <= to ? { from, to } : null;
  const { data, previousData, error, refetch, fetchMore } = useQuery(DealsPageQuery, { variables: { filter, orderBy: ORDER, period } });
  const shown = data ?? previousData;
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  let body;
  if (error && !shown) body = <ErrorState message={error.message} onRetry={() => void refetch()} />;
  else if (!shown) body = <LoadingState />;
  else if (!shown.deals.totalCount) body = <EmptyState message={t('deals.empty')} />;
  else {
    const points = timeSeries(getFragmentData(StatsBucket_deal, shown.timeline.buckets), lang);
    body = (
      <>
        <figure className="chart-card timeline" data-chart="deal-timeline">
          <figcaption>{t('deals.timeline')}</figcaption>
          <ColumnChart chart={columnChart(points)} lang={lang} label={t('deals.timeline')} />
          {points.some((p) => p.partial) ? <p className="chart-note">{t('dashboard.partialNote')}</p> : null}
          <details className="chart-table">
            <summary>{t('dashboard.showTable')}</summary>
            <table className="data-table">
              <tbody>
                {points.map((p) => (
                  <tr key={p.key}>
                    <th scope="row">
                      {p.label}
                      {p.partial ? ` (${t('dashboard.partialBucket')})` : ''}
                    </th>
                    <td className="num">{formatNumber(p.count, lang, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
        <div className="table-scroll">
          <table className="data-table stack" data-table="deals">
            <caption>{t('deals.caption', { count: shown.deals.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deals.signedOn')}</th>
                <th scope="col">{t('deals.title')}</th>
                <th scope="col">{t('deals.parties')}</th>
                <th scope="col">{t('deals.parkEvent')}</th>
                <th scope="col">{t('deals.value')}</th>
                <th scope="col">{t('dashboard.table.provenance')}</th>
                {session ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('deals.edit')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.deals.nodes.map((d) => (
                <tr key={d.id} data-id={d.id}>
                  <td data-label={t('deals.signedOn')}>{d.signedOn}</td>
                  <td data-label={t('deals.title')}>
                    <strong lang={locale(textLang(d.title, lang))}>{textIn(d.title, lang)}</strong>
                    <TranslationMark text={d.title} lang={lang} />
                    <br />
                    <small>{t(`dealKind.${d.kind}`)}</small>
                  </td>
                  <td data-label={t('deals.parties')}>
                    <ul className="parties">
                      {d.parties.map((p, i) => (
                        <li key={i}>
                          {textIn(p.organization.name, lang)}
                          {p.organization.country ? ` (${countryName(p.organization.country, lang)})` : ''} · {t(`partyRole.${p.role}`)}{' '}
                          <TranslationMark text={p.organization.name} lang={lang} />
                        </li>
                      ))}
                      {d.unnamedPartyCount ? <li>{t('deals.unnamed', { count: d.unnamedPartyCount })}</li> : null}
                    </ul>
                  </td>
                  <td data-label={t('deals.parkEvent')}>
                    {d.park ? (
                      <>
                        {textIn(d.park.name, lang)} <TranslationMark text={d.park.name} lang={lang} />
                      </>
                    ) : (
                      ''
                    )}
                    {d.event ? (
                      <small className="event" data-event>
                        {' '}
                        {d.event.parent
                          ? t('deals.eventWithin', { event: textIn(d.event.name, lang), parent: textIn(d.event.parent.name, lang) })
                          : textIn(d.event.name, lang)}
                      </small>
                    ) : null}
                    {d.event ? <TranslationMark text={d.event.name} lang={lang} /> : null}
                  </td>
                  <td className="num" data-label={t('deals.value')}>
                    {d.value ? formatMoney(d.value.amount, d.value.currency, lang) : t('dashboard.unknown')}
                  </td>
                  <td data-label={t('dashboard.table.provenance')}>
                    <span className={`badge badge-${d.verification.toLowerCase()}`}>{t(`verification.${d.verification}`)}</span>
                    {d.recordedBy ? <span className="recorder"> {d.recordedBy}</span> : null}
                    {d.sources.length ? <q className="quote">{d.sources[0].quote}</q> : null}
                  </td>
                  {session ? (
                    <td>
                      <Link to={`/deals/${encodeURIComponent(d.id)}/edit`} data-edit={d.id}>
                        {t('deals.edit')}
                      </Link>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {shown.deals.pageInfo.hasNextPage ? (
          <button type="button" onClick={() => void fetchMore({ variables: { after: shown.deals.pageInfo.endCursor } })}>
            {t('deals.more')}
          </button>
        ) : null}
      </>
    );
  }

  return (
    <section className="deals" aria-labelledby="deals-title">
      <div className="drill-head">
        <h1 id="deals-title">{t('deals.heading')}</h1>
        <ExportLinks list="deals" filter={filter} orderBy={ORDER} lang={lang} labels={{ csv: t('deals.exportCsv'), xlsx: t('deals.exportXlsx') }} />
        {session ? (
          <Link to="/deals/new" className="button-link">
            {t('deals.new')}
          </Link>
        ) : null}
      </div>
      <form className="filter-bar" aria-label={t('dashboard.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('deals.kind')}
          <select name="kind" value={kind} onChange={(e) => set('kind', e.target.value)}>
            <option value="">{t('deals.any')}</option>
            {Object.values(DealKind).map((k) => (
              <option key={k} value={k}>
                {t(`dealKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.table.park')}
          <select name="park" value={park} onChange={(e) => set('park', e.target.value)}>
            <option value="">{t('deals.any')}</option>
            {shown?.parks.nodes.map((p) => (
              <option key={p.id} value={p.id}>
                {textIn(p.name, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('deals.partyCountry')}
          <select name="country" value={country} onChange={(e) => set('country', e.target.value)}>
            <option value="">{t('deals.any')}</option>
            {countryOptions(lang)
              .filter((c) => hydrated || c.value === country)
              .map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('dashboard.filter.from')}
          <input type="date" name="from" value={from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t('dashboard.filter.to')}
          <input type="date" name="to" value={to} onChange={(e) => set('to', e.target.value)} />
        </label>
      </form>
      {body}
      <NewRecordsNotice deals={filter} />
    </section>
  );
}
