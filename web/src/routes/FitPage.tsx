import { useQuery } from '@apollo/client/react';
import { EnquiryButton } from '../enquiries/EnquiryButton';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import { SectorCode } from '../__generated__/graphql';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { formatNumber, textIn } from '../format/format';
import { currentLanguage } from '../i18n';
import { unscoredCriteria } from '../fit/explain';
import { changeFit, CRITERIA, DEFAULT_SECTOR, readFitState, type FitChange } from '../fit/fit-state';
import { Link, useSearchParams } from '../router';

const FitSectorsQuery = graphql(`
  query FitSectorsQuery {
    sectors {
      code
      name {
        zh
        en
        ru
      }
    }
  }
`);

const FitPageQuery = graphql(`
  query FitPageQuery($input: ParkFitInput!) {
    parkFit(input: $input, first: 20) {
      park {
        id
        slug
        name {
          zh
          en
          ru
        }
      }
      rank
      score
      confidence
      parts {
        criterion
        weight
        score
        points
      }
    }
  }
`);

/** A prospective tenant states its sector, land and priorities; the parks come back ranked and explained. */
export function FitPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const [params, setParams] = useSearchParams();
  // One URL parameter per input (fit-state.ts): typing the land needed never moves the land weight.
  const { sector, unit, land, landText, weights } = readFitState(params);
  const set = (change: FitChange) => setParams(changeFit(params, change), { replace: true });
  const sectors = useQuery(FitSectorsQuery);
  const input = {
    // A sector the API does not know (an old or mistyped link) asks for the default one, as other unknown parameters do.
    sector: Object.values(SectorCode).find((code) => code === sector) ?? DEFAULT_SECTOR,
    ...(unit === 'ha' ? { landHectares: land } : { landMu: land }),
    weights,
  };
  const { data, previousData, error, refetch } = useQuery(FitPageQuery, { variables: { input }, skip: !(land > 0) });
  const shown = data ?? previousData;
  const best = shown?.parkFit.filter((r) => r.score !== null).slice(0, 3) ?? [];
  const top =
    shown?.parkFit
      .filter((r) => r.score !== null)
      .slice(0, 3)
      .map((r) => r.park.slug) ?? [];

  let body;
  if (!(land > 0)) body = <EmptyState message={t('fit.needLand')} />;
  else if (error && !shown) body = <ErrorState message={error.message} onRetry={() => void refetch()} />;
  else if (!shown) body = <LoadingState />;
  else {
    body = (
      <>
        {top.length >= 2 ? (
          <p>
            <Link to={`/compare?parks=${top.join(',')}`} className="button-link" data-compare-top>
              {t('fit.compareTop', { count: top.length })}
            </Link>
          </p>
        ) : null}
        {best.length ? (
          <div className="enquiry-row">
            <EnquiryButton parks={best.map((r) => ({ id: r.park.id, name: textIn(r.park.name, lang) }))} sector={input.sector} />
          </div>
        ) : null}
        <ol className="fit-results">
          {shown.parkFit.map((r) => (
            <li key={r.park.slug} data-park={r.park.slug}>
              <div className="fit-head">
                <span className="fit-rank">#{r.rank}</span>
                <strong>{textIn(r.park.name, lang)}</strong>
                <span className="fit-score" data-score={r.score ?? ''}>
                  {r.score === null ? t('fit.noScore') : t('fit.score', { score: formatNumber(r.score, lang, 1) })}
                </span>
                <span className="fit-confidence">{t('fit.confidence', { value: formatNumber(r.confidence * 100, lang, 0) })}</span>
              </div>
              {unscoredCriteria(r.parts).length ? (
                <p className="fit-unscored" data-unscored={unscoredCriteria(r.parts).join(',')}>
                  {t('fit.scoredWithout', {
                    criteria: unscoredCriteria(r.parts)
                      .map((c) => t(`fit.criterion.${c}`))
                      .join(t('fit.listSeparator')),
                  })}
                </p>
              ) : null}
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">{t('fit.explain', { name: textIn(r.park.name, lang) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('fit.column.criterion')}</th>
                      <th scope="col">{t('fit.column.score')}</th>
                      <th scope="col">{t('fit.column.weight')}</th>
                      <th scope="col">{t('fit.column.points')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.parts
                      .filter((p) => p.weight > 0)
                      .map((p) => (
                        <tr key={p.criterion} data-criterion={p.criterion} data-unknown={p.score === null || undefined}>
                          <th scope="row">{t(`fit.criterion.${p.criterion}`)}</th>
                          <td className="num">{p.score === null ? t('dashboard.unknown') : formatNumber(p.score, lang, 2)}</td>
                          <td className="num">× {formatNumber(p.weight, lang, 1)}</td>
                          <td className="num">
                            {p.score === null
                              ? t('fit.notScored', { criterion: t(`fit.criterion.${p.criterion}`) })
                              : t('fit.points', { points: formatNumber(p.points, lang, 1) })}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </li>
          ))}
        </ol>
      </>
    );
  }

  return (
    <section className="fit" aria-labelledby="fit-title">
      <h1 id="fit-title">{t('fit.title')}</h1>
      <p className="subtitle">{t('fit.intro')}</p>
      <form className="filter-bar" aria-label={t('fit.needs')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('dashboard.table.sector')}
          <select name="sector" value={sector} onChange={(e) => set({ sector: e.target.value })}>
            {sectors.data?.sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {textIn(s.name, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fit.land')}
          <input type="number" name="landNeeded" min={0} step="any" value={landText} onChange={(e) => set({ landText: e.target.value })} />
        </label>
        <label>
          {t('fit.unit')}
          <select name="unit" value={unit} onChange={(e) => set({ unit: e.target.value === 'ha' ? 'ha' : 'mu' })}>
            <option value="mu">{t('fit.mu')}</option>
            <option value="ha">{t('fit.ha')}</option>
          </select>
        </label>
        {CRITERIA.map(([name, criterion]) => (
          <label key={name}>
            {t(`fit.criterion.${criterion}`)}: {weights[name]}
            <input
              type="range"
              name={`weight-${name}`}
              min={0}
              max={10}
              step={1}
              value={weights[name]}
              onChange={(e) => set({ weight: name, value: Number(e.target.value) })}
            />
          </label>
        ))}
      </form>
      {body}
    </section>
  );
}
