// Officers' enquiries: newest first, by status; each can be taken, marked contacted or declined, annotated, and
// converted into an organization and a LEAD investment. Contact details show until the retention period erases them.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import { EnquiryStatus, type EnquiriesPageQueryQuery } from '../__generated__/graphql';
import { useSession } from '../auth/session';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { countryName } from '../format/countries';
import { formatNumber, textIn } from '../format/format';
import { isConflict, problemsText } from '../forms/errors';
import { currentLanguage } from '../i18n';
import { Link, useSearchParams } from '../router';

const EnquiriesPageQuery = graphql(`
  query EnquiriesPageQuery($status: EnquiryStatus, $after: String) {
    viewer {
      officer {
        id
      }
    }
    enquiries(status: $status, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        company
        country
        sector {
          name {
            zh
            en
            ru
          }
        }
        landMu
        plannedInvestment {
          amount
          currency
        }
        contactName
        email
        phone
        message
        parks {
          id
          slug
          name {
            zh
            en
            ru
          }
        }
        language
        receivedAt
        erasedAt
        status
        handledBy
        notes
        organization {
          id
        }
        investment {
          id
        }
        version
      }
    }
  }
`);

const UpdateEnquiryMutation = graphql(`
  mutation UpdateEnquiryMutation($input: UpdateEnquiryInput!) {
    updateEnquiry(input: $input) {
      id
      status
      handledBy
      notes
      version
    }
  }
`);

const ConvertEnquiryMutation = graphql(`
  mutation ConvertEnquiryMutation($id: ID!, $version: Int!) {
    convertEnquiry(id: $id, version: $version) {
      enquiry {
        id
        status
        version
      }
      investment {
        id
      }
    }
  }
`);

type Row = EnquiriesPageQueryQuery['enquiries']['nodes'][number];
const STATUSES = Object.values(EnquiryStatus);

export function EnquiriesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const { data, error, loading, refetch, fetchMore } = useQuery(EnquiriesPageQuery, { variables: { status }, skip: !session });
  if (!session)
    return (
      <section aria-labelledby="enquiries-title">
        <h1 id="enquiries-title">{t('enquiries.title')}</h1>
        <p>
          <Link to="/signin">{t('enquiries.signIn')}</Link>
        </p>
      </section>
    );
  return (
    <section className="enquiries" aria-labelledby="enquiries-title">
      <h1 id="enquiries-title">{t('enquiries.title')}</h1>
      <label className="enquiries-filter">
        {t('enquiries.status')}
        <select
          value={status ?? ''}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set('status', e.target.value);
            else next.delete('status');
            setParams(next, { replace: true });
          }}
        >
          <option value="">{t('enquiries.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`enquiries.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {error && !data ? (
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : !data.enquiries.nodes.length ? (
        <EmptyState message={t('enquiries.empty')} />
      ) : (
        <>
          <p>{t('enquiries.count', { count: data.enquiries.totalCount })}</p>
          <ul className="enquiry-list">
            {data.enquiries.nodes.map((e) => (
              <li key={e.id}>
                <EnquiryCard enquiry={e} me={data.viewer.officer?.id ?? null} onChanged={() => void refetch()} />
              </li>
            ))}
          </ul>
          {data.enquiries.pageInfo.hasNextPage ? (
            <button type="button" disabled={loading} onClick={() => void fetchMore({ variables: { after: data.enquiries.pageInfo.endCursor } })}>
              {t('enquiries.more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function EnquiryCard({ enquiry: e, me, onChanged }: { enquiry: Row; me: string | null; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const [notes, setNotes] = useState(e.notes ?? '');
  const [update, updated] = useMutation(UpdateEnquiryMutation);
  const [convert, converted] = useMutation(ConvertEnquiryMutation);
  const failure = updated.error ?? converted.error;
  const save = async (input: { status?: EnquiryStatus; handledBy?: string | null; notes?: string | null }) => {
    try {
      await update({ variables: { input: { id: e.id, version: e.version, ...input } } });
      onChanged();
    } catch {
      // shown below
    }
  };
  return (
    <article className="enquiry-card" data-enquiry={e.reference} data-status={e.status}>
      <h2>
        {e.company} <small>{e.reference}</small>
      </h2>
      <dl>
        <dt>{t('enquiry.country')}</dt>
        <dd>{countryName(e.country, lang)}</dd>
        <dt>{t('enquiry.sector')}</dt>
        <dd>{textIn(e.sector.name, lang)}</dd>
        <dt>{t('enquiry.landMu')}</dt>
        <dd>{formatNumber(e.landMu, lang)}</dd>
        {e.plannedInvestment ? (
          <>
            <dt>{t('enquiry.amount')}</dt>
            <dd>
              {formatNumber(Number(e.plannedInvestment.amount), lang)} {e.plannedInvestment.currency}
            </dd>
          </>
        ) : null}
        <dt>{t('enquiry.parks')}</dt>
        <dd>
          {e.parks.map((p, i) => (
            <span key={p.id}>
              {i ? ', ' : ''}
              <Link to={`/parks/${p.slug}`}>{textIn(p.name, lang)}</Link>
            </span>
          ))}
        </dd>
        <dt>{t('enquiries.received')}</dt>
        <dd>
          {new Date(e.receivedAt).toLocaleString(lang)} ({e.language})
        </dd>
        {e.erasedAt ? (
          <>
            <dt>{t('enquiries.contact')}</dt>
            <dd>{t('enquiries.erased', { date: new Date(e.erasedAt).toLocaleDateString(lang) })}</dd>
          </>
        ) : (
          <>
            <dt>{t('enquiries.contact')}</dt>
            <dd>
              {e.contactName}
              {e.email ? (
                <>
                  {' · '}
                  <a href={`mailto:${e.email}`}>{e.email}</a>
                </>
              ) : null}
              {e.phone ? ` · ${e.phone}` : null}
            </dd>
            <dt>{t('enquiry.message')}</dt>
            <dd className="enquiry-message">{e.message}</dd>
          </>
        )}
        <dt>{t('enquiries.handledBy')}</dt>
        <dd>{e.handledBy ?? t('enquiries.nobody')}</dd>
      </dl>
      {e.status === 'CONVERTED' ? (
        <p className="enquiry-converted">{t('enquiries.converted')}</p>
      ) : (
        <form
          className="form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void save({ notes: notes.trim() || null });
          }}
        >
          <label>
            {t('enquiries.status')}
            <select value={e.status} disabled={updated.loading} onChange={(ev) => void save({ status: STATUSES.find((s) => s === ev.target.value) })}>
              {STATUSES.filter((s) => s !== 'CONVERTED').map((s) => (
                <option key={s} value={s}>
                  {t(`enquiries.statuses.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('enquiries.notes')}
            <textarea value={notes} rows={2} maxLength={5000} onChange={(ev) => setNotes(ev.target.value)} />
          </label>
          <div className="form-actions">
            <button type="submit" disabled={updated.loading}>
              {t('enquiries.saveNotes')}
            </button>
            {me && !e.handledBy ? (
              <button type="button" disabled={updated.loading} onClick={() => void save({ handledBy: me })}>
                {t('enquiries.take')}
              </button>
            ) : null}
            <button
              type="button"
              disabled={converted.loading}
              data-convert={e.reference}
              onClick={() =>
                void convert({ variables: { id: e.id, version: e.version } }).then(
                  () => onChanged(),
                  () => undefined,
                )
              }
            >
              {t('enquiries.convert')}
            </button>
          </div>
        </form>
      )}
      {failure ? (
        <p className="form-error" role="alert">
          {isConflict(failure) ? t('enquiries.conflict') : problemsText(failure, t, lang)}
        </p>
      ) : null}
    </article>
  );
}
