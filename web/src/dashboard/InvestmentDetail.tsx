import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router';
import { graphql } from '../__generated__';
import { useSession } from '../auth/session';
import { RussianNameForm } from '../components/RussianNameForm';
import { ErrorState, LoadingState } from '../components/States';
import { TranslationMark } from '../components/TranslationMark';
import { QuoteBlocks } from '../components/SourceNote';
import { formatMoney, formatNumber, type Lang, locale, textIn } from '../format/format';

const InvestmentDetailQuery = graphql(`
  query InvestmentDetailQuery($id: ID!, $officer: Boolean!) {
    node(id: $id) {
      __typename
      ... on Investment {
        id
        stage
        announcedOn
        expectedJobs
        verification
        recordedBy
        recordedAt
        amount {
          amount
          currency
          amountUsd
          usdRate {
            usdPerUnit
            validFrom
            approximate
          }
        }
        sector {
          name {
            zh
            en
            ru
          }
        }
        park {
          slug
          name {
            zh
            en
            ru
            ...TranslationMark_text
          }
        }
        organization {
          id
          version
          name {
            zh
            en
            ru
            ...TranslationMark_text
          }
          country
          kind
          website
        }
        sources {
          ...SourceNote_citation
        }
      }
    }
    history: auditLog(recordId: $id, first: 10) @include(if: $officer) {
      nodes {
        id
        at
        actorName
        operation
      }
    }
  }
`);

/** One investment with its investor, park, provenance and (for officers) its audit history. */
export function InvestmentDetail({ id, lang, onClose }: { id: string; lang: Lang; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { data, error, refetch } = useQuery(InvestmentDetailQuery, { variables: { id, officer: Boolean(session) } });
  let body;
  if (error && !data) body = <ErrorState message={error.message} onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingState rows={2} />;
  else if (data.node?.__typename !== 'Investment') body = <p>{t('dashboard.unknown')}</p>;
  else {
    const i = data.node;
    body = (
      <>
        <dl className="facts">
          <dt>{t('dashboard.table.organization')}</dt>
          <dd>
            {i.organization
              ? `${textIn(i.organization.name, lang)}${i.organization.country ? ` (${i.organization.country})` : ''} · ${t(`orgKind.${i.organization.kind}`)}`
              : t('dashboard.unknown')}
            {i.organization ? <TranslationMark text={i.organization.name} lang={lang} /> : null}
            {i.organization && session ? (
              <RussianNameForm
                key={i.organization.id}
                record="organization"
                id={i.organization.id}
                version={i.organization.version}
                ru={i.organization.name.ru}
              />
            ) : null}
          </dd>
          <dt>{t('dashboard.table.park')}</dt>
          <dd>
            <Link to={`/parks/${encodeURIComponent(i.park.slug)}`} data-park-link>
              {textIn(i.park.name, lang)}
            </Link>
            <TranslationMark text={i.park.name} lang={lang} />
          </dd>
          <dt>{t('dashboard.table.sector')}</dt>
          <dd>{textIn(i.sector.name, lang)}</dd>
          <dt>{t('dashboard.table.stage')}</dt>
          <dd>{t(`stage.${i.stage}`)}</dd>
          <dt>{t('dashboard.table.amount')}</dt>
          <dd>
            {i.amount ? formatMoney(i.amount.amount, i.amount.currency, lang) : t('dashboard.unknown')}
            {i.amount?.usdRate ? (
              <small>
                {' '}
                ·{' '}
                {t('detail.usdAt', {
                  usd: formatMoney(i.amount.amountUsd ?? '0', 'USD', lang),
                  date: i.amount.usdRate.validFrom,
                  rate: formatNumber(Number(i.amount.usdRate.usdPerUnit), lang, 10),
                })}
              </small>
            ) : null}
          </dd>
          <dt>{t('dashboard.table.announced')}</dt>
          <dd>{i.announcedOn ?? t('dashboard.unknown')}</dd>
          <dt>{t('detail.jobs')}</dt>
          <dd>{i.expectedJobs ?? t('dashboard.unknown')}</dd>
          <dt>{t('dashboard.table.provenance')}</dt>
          <dd>
            <span className={`badge badge-${i.verification.toLowerCase()}`}>{t(`verification.${i.verification}`)}</span>
            {i.verification === 'RECORDED' && i.recordedBy ? ` ${t('detail.recordedBy', { who: i.recordedBy, when: i.recordedAt ?? '' })}` : null}
          </dd>
        </dl>
        <QuoteBlocks citations={i.sources} />
        {data.history ? (
          <section aria-labelledby="detail-history">
            <h3 id="detail-history">{t('edit.history')}</h3>
            {data.history.nodes.length ? (
              <ol>
                {data.history.nodes.map((h) => (
                  <li key={h.id} data-audit={h.operation}>
                    {t(`edit.operation.${h.operation}`)} · {h.actorName} · {new Date(h.at).toLocaleString(locale(lang))}
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t('detail.noHistory')}</p>
            )}
          </section>
        ) : null}
      </>
    );
  }
  return (
    <aside className="detail" aria-labelledby="detail-title" data-detail={id}>
      <div className="drill-head">
        <h2 id="detail-title">{t('detail.title')}</h2>
        {session ? (
          <Link to={`/investments/${encodeURIComponent(id)}/edit`} data-edit-investment={id}>
            {t('deals.edit')}
          </Link>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </div>
      {body}
    </aside>
  );
}
