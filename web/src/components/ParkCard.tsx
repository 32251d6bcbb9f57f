import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { currencyName, formatMoney, formatMoneyExact, formatNumber, formatPartialDate, type Lang, locale, textIn, textLang } from '../format/format';
import { currentLanguage } from '../i18n';
import { Link } from '../router';
import { DemoMark } from './DemoMark';
import { SourceNote, type CitationView } from './SourceNote';
import { TranslationMark } from './TranslationMark';

export const ParkCard_park = graphql(`
  fragment ParkCard_park on Park {
    id
    slug
    name {
      zh
      en
      ru
      ...TranslationMark_text
    }
    kind
    status
    verification
    positioning {
      zh
      en
      ru
    }
    location {
      zh
      en
      ru
    }
    landArea {
      mu
      hectares
    }
    completedOn
    unveiledOn
    focusSectors {
      code
      name {
        zh
        en
        ru
      }
    }
    facilities {
      name {
        zh
        en
        ru
      }
      status
    }
    settlementSignings {
      enterprises
      named
      includesDemo
    }
    plannedInvestment {
      ...MoneyValue_money
    }
    expectedAnnualOutput {
      ...MoneyValue_money
    }
    expectedAnnualProfit {
      ...MoneyValue_money
    }
    sources {
      ...SourceNote_citation
    }
    recordedBy
    recordedAt
  }
`);

/** An amount in its own currency, with its US-dollar value at the stated rate when there is one. */
export const MoneyValue_money = graphql(`
  fragment MoneyValue_money on Money {
    amount
    currency
    amountUsd
    usdRate {
      usdPerUnit
      validFrom
    }
  }
`);

function MoneyValue(props: { money: FragmentType<typeof MoneyValue_money>; lang: Lang }) {
  const { t } = useTranslation();
  const money = getFragmentData(MoneyValue_money, props.money);
  const lang = props.lang;
  return (
    <>
      <span title={formatMoneyExact(money.amount, money.currency, lang)}>{formatMoney(money.amount, money.currency, lang)}</span>
      {money.usdRate && money.amountUsd ? (
        <small className="usd">
          {t('fact.usdAt', {
            usd: formatMoney(money.amountUsd, 'USD', lang),
            rate: formatNumber(Number(money.usdRate.usdPerUnit), lang, 10),
            currency: currencyName(money.currency, lang),
            date: formatPartialDate(money.usdRate.validFrom, lang),
          })}
        </small>
      ) : null}
    </>
  );
}

function Fact({ label, field, citations, children }: { label: string; field: string; citations: readonly CitationView[]; children: ReactNode }) {
  return (
    <div className="fact" data-fact={field}>
      <dt>{label}</dt>
      <dd>
        {children}
        <SourceNote citations={citations} field={field} label={label} />
      </dd>
    </div>
  );
}

export function ParkCard(props: { park: FragmentType<typeof ParkCard_park>; children?: ReactNode; nested?: boolean }) {
  const park = getFragmentData(ParkCard_park, props.park);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  // Beside the name in the interface language: the English one in Chinese, the official Chinese one otherwise.
  const other = lang === 'zh' ? 'en' : 'zh';
  const unknown = <span className="unknown">{t('fact.unknown')}</span>;
  const c = park.sources;
  const money = (field: 'plannedInvestment' | 'expectedAnnualOutput' | 'expectedAnnualProfit') => {
    const m = park[field];
    return (
      <Fact label={t(`fact.${field}`)} field={field} citations={c}>
        {m ? <MoneyValue money={m} lang={lang} /> : unknown}
      </Fact>
    );
  };
  const Heading = props.nested ? 'h3' : 'h2';
  return (
    <article className={`park-card${props.nested ? ' nested' : ''}`} aria-labelledby={`park-${park.slug}`} data-slug={park.slug}>
      <header>
        <Heading id={`park-${park.slug}`}>
          <Link to={`/parks/${park.slug}`} lang={locale(textLang(park.name, lang))}>
            {textIn(park.name, lang)}
          </Link>
          <small lang={locale(other)}>{park.name[other]}</small>
        </Heading>
        <TranslationMark text={park.name} lang={lang} />
        <p className="badges">
          <span className="badge kind">{t(`kind.${park.kind}`)}</span>
          <span className={`badge verification ${park.verification.toLowerCase()}`}>{t(`verification.${park.verification}`)}</span>
          <Link className="compare-link" to={`/compare?parks=${park.slug}`} data-compare={park.slug}>
            {t('parks.compare')}
          </Link>
        </p>
        <SourceNote citations={c} field="name" label={textIn(park.name, lang)} />
      </header>
      {park.positioning ? (
        // A div, not a p: the source note inside is a <details> block, which a <p> cannot hold.
        <div className="positioning">
          {textIn(park.positioning, lang)}
          <SourceNote citations={c} field="positioning" label={textIn(park.name, lang)} />
        </div>
      ) : null}
      <dl className="facts">
        <Fact label={t('fact.status')} field="status" citations={c}>
          {park.status === 'UNKNOWN' ? unknown : t(`status.${park.status}`)}
        </Fact>
        <Fact label={t('fact.land')} field="landArea" citations={c}>
          {park.landArea ? t('fact.landValue', { mu: formatNumber(park.landArea.mu, lang), ha: formatNumber(park.landArea.hectares, lang) }) : unknown}
        </Fact>
        {money('plannedInvestment')}
        {money('expectedAnnualOutput')}
        {money('expectedAnnualProfit')}
        <Fact label={t('fact.focus')} field="focusSectors" citations={c}>
          {park.focusSectors.length ? (
            <span className="chips">
              {park.focusSectors.map((s) => (
                <span key={s.code} className="chip">
                  {textIn(s.name, lang)}
                </span>
              ))}
            </span>
          ) : (
            unknown
          )}
        </Fact>
        <Fact label={t('fact.location')} field="location" citations={c}>
          {park.location ? textIn(park.location, lang) : unknown}
        </Fact>
        {park.completedOn ? (
          <Fact label={t('fact.completedOn')} field="completedOn" citations={c}>
            {formatPartialDate(park.completedOn, lang)}
          </Fact>
        ) : null}
        {park.unveiledOn ? (
          <Fact label={t('fact.unveiledOn')} field="unveiledOn" citations={c}>
            {formatPartialDate(park.unveiledOn, lang)}
          </Fact>
        ) : null}
        {park.settlementSignings ? (
          // What the settlement contracts record: 厦门国贸等6家企业 is six enterprises, one of them named.
          <div className="fact" data-fact="settlementSignings">
            <dt>{t('fact.settlementSignings')}</dt>
            <dd>
              {t('fact.settlementSigningsValue', { count: park.settlementSignings.enterprises, named: park.settlementSignings.named })}{' '}
              <DemoMark show={park.settlementSignings.includesDemo} />
              <Link to={`/deals?park=${encodeURIComponent(park.id)}`}>{t('profile.seeDeals')}</Link>
            </dd>
          </div>
        ) : null}
        {park.facilities.length ? (
          <Fact label={t('fact.facilities')} field="facilities" citations={c}>
            <ul className="facilities">
              {park.facilities.map((f) => (
                <li key={f.name.en}>
                  {textIn(f.name, lang)} <small>({t(`facilityStatus.${f.status}`)})</small>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </dl>
      {park.verification === 'DEMO' ? <p className="demo-note">{t('provenance.demo')}</p> : null}
      {park.verification === 'RECORDED' && park.recordedBy ? (
        <p className="recorded-note">{t('provenance.recordedBy', { who: park.recordedBy, when: park.recordedAt ?? '—' })}</p>
      ) : null}
      {props.children}
    </article>
  );
}
