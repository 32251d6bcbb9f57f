// "Enquire": a prospective tenant's short form, opened from a park's profile, the comparison or the fit finder's
// results, with the parks concerned prefilled, in the interface language. The form asks the server for its token
// when it opens (the minimum fill time is measured from then); a hidden field that people never see catches robots.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__';
import { SectorCode, type EnquiryLanguage } from '../__generated__/graphql';
import { countryOptions } from '../format/countries';
import { textIn } from '../format/format';
import { fieldErrorsOf, requestMessage } from '../forms/errors';
import { fieldHelpers } from '../forms/parts';
import { currentLanguage } from '../i18n';

const OpenEnquiryFormMutation = graphql(`
  mutation OpenEnquiryFormMutation {
    openEnquiryForm {
      token
      minSeconds
    }
  }
`);

const SubmitEnquiryMutation = graphql(`
  mutation SubmitEnquiryMutation($input: SubmitEnquiryInput!) {
    submitEnquiry(input: $input) {
      reference
    }
  }
`);

const EnquirySectorsQuery = graphql(`
  query EnquirySectorsQuery {
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

export interface EnquiryPark {
  id: string;
  name: string;
}

const CURRENCIES = ['USD', 'CNY', 'RUB', 'KZT', 'EUR'];

/** The button and its dialog; `parks` are prefilled (all ticked), `sector` preselected when the page knows it. */
export function EnquiryButton({ parks, sector }: { parks: EnquiryPark[]; sector?: string | null }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(0);
  return (
    <>
      <button
        type="button"
        className="enquire no-print"
        data-enquire={parks.length}
        disabled={!parks.length}
        onClick={() => {
          setOpen((n) => n + 1);
          dialog.current?.showModal();
        }}
      >
        {t('enquiry.button')}
      </button>
      <dialog ref={dialog} className="enquiry-dialog" aria-labelledby="enquiry-title" onClose={() => setOpen(0)}>
        {open ? <EnquiryForm key={open} parks={parks} sector={sector} onClose={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}

function EnquiryForm({ parks, sector, onClose }: { parks: EnquiryPark[]; sector?: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const ids = useId();
  const [form, opened] = useMutation(OpenEnquiryFormMutation);
  const [send, sent] = useMutation(SubmitEnquiryMutation);
  const sectors = useQuery(EnquirySectorsQuery);
  const asked = useRef(false);
  const [chosen, setChosen] = useState(() => new Set(parks.map((p) => p.id)));
  const [reference, setReference] = useState<string | null>(null);
  // The token is asked for once, when the form opens: the time to fill it in counts from here.
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void form().catch(() => undefined);
  }, [form]);
  const { error: fieldError, describe } = fieldHelpers(fieldErrorsOf(sent.error));
  const problems = Object.keys(fieldErrorsOf(sent.error));
  const otherError = sent.error && !problems.length ? requestMessage(sent.error, t) : null;
  const tokenProblem = problems.includes('input.formToken');

  if (reference)
    return (
      <div className="enquiry-done" role="status" data-enquiry-reference={reference}>
        <h2 id="enquiry-title">{t('enquiry.thanks')}</h2>
        <p>{t('enquiry.confirmation', { reference })}</p>
        <button type="button" onClick={onClose}>
          {t('enquiry.close')}
        </button>
      </div>
    );

  const submit = async (data: FormData) => {
    const token = opened.data?.openEnquiryForm.token;
    if (!token) return;
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const amount = text('amount');
    try {
      const res = await send({
        variables: {
          input: {
            formToken: token,
            website: text('website') || null,
            company: text('company'),
            country: text('country'),
            sector: Object.values(SectorCode).find((c) => c === text('sector')) ?? SectorCode.Other,
            landMu: Number(text('landMu').replace(',', '.')) || 0,
            plannedInvestment: amount ? { amount: amount.replace(/[\s,]/g, ''), currency: text('currency') } : null,
            contactName: text('contactName'),
            email: text('email') || null,
            phone: text('phone') || null,
            message: text('message'),
            parks: parks.filter((p) => chosen.has(p.id)).map((p) => p.id),
            consent: data.get('consent') === 'on',
            language: lang.toUpperCase() as EnquiryLanguage,
          },
        },
      });
      if (res.data) setReference(res.data.submitEnquiry.reference);
    } catch {
      // shown from the mutation's error state
    }
  };

  return (
    <form
      className="form enquiry-form"
      data-form="enquiry"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
    >
      <h2 id="enquiry-title">{t('enquiry.title')}</h2>
      <p className="hint">{t('enquiry.intro')}</p>
      <fieldset>
        <legend>{t('enquiry.parks')}</legend>
        {parks.map((p) => (
          <label key={p.id} className="check">
            <input
              type="checkbox"
              checked={chosen.has(p.id)}
              onChange={(e) =>
                setChosen((s) => {
                  const next = new Set(s);
                  if (e.target.checked) next.add(p.id);
                  else next.delete(p.id);
                  return next;
                })
              }
            />
            {p.name}
          </label>
        ))}
        {fieldError('parks')}
      </fieldset>
      <label>
        {t('enquiry.company')}
        <input name="company" required maxLength={200} autoComplete="organization" {...describe('company')} />
        {fieldError('company')}
      </label>
      <label>
        {t('enquiry.country')}
        <select name="country" required defaultValue="" {...describe('country')}>
          <option value="" disabled>
            {t('enquiry.choose')}
          </option>
          {countryOptions(lang).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        {fieldError('country')}
      </label>
      <label>
        {t('enquiry.sector')}
        <select name="sector" defaultValue={sector ?? 'OTHER'} {...describe('sector')}>
          {sectors.data?.sectors.map((s) => (
            <option key={s.code} value={s.code}>
              {textIn(s.name, lang)}
            </option>
          )) ?? <option value={sector ?? 'OTHER'}>…</option>}
        </select>
      </label>
      <label>
        {t('enquiry.landMu')}
        <input name="landMu" inputMode="decimal" required {...describe('landMu')} />
        {fieldError('landMu')}
      </label>
      <div className="enquiry-money">
        <label>
          {t('enquiry.amount')}
          <input name="amount" inputMode="decimal" {...describe('plannedInvestment.amount')} />
          {fieldError('plannedInvestment.amount')}
        </label>
        <label>
          {t('enquiry.currency')}
          <select name="currency" defaultValue="USD">
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('enquiry.contactName')}
        <input name="contactName" required maxLength={120} autoComplete="name" {...describe('contactName')} />
        {fieldError('contactName')}
      </label>
      <label>
        {t('enquiry.email')}
        <input name="email" type="email" maxLength={200} autoComplete="email" {...describe('email')} />
        {fieldError('email')}
      </label>
      <label>
        {t('enquiry.phone')}
        <input name="phone" type="tel" maxLength={40} autoComplete="tel" {...describe('phone')} />
        {fieldError('phone')}
      </label>
      <label>
        {t('enquiry.message')}
        <textarea name="message" required maxLength={3000} rows={4} {...describe('message')} />
        {fieldError('message')}
      </label>
      {/* People never see this field; robots fill it in. */}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor={`${ids}-website`}>Website</label>
        <input id={`${ids}-website`} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <label className="check">
        <input type="checkbox" name="consent" required {...describe('consent')} />
        {t('enquiry.consent')}
      </label>
      {fieldError('consent')}
      {tokenProblem ? fieldError('formToken') : null}
      {opened.error || otherError ? (
        <p className="form-error" role="alert">
          {otherError ?? requestMessage(opened.error, t)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={sent.loading || !opened.data}>
          {sent.loading ? t('enquiry.sending') : t('enquiry.send')}
        </button>
        <button type="button" onClick={onClose}>
          {t('enquiry.cancel')}
        </button>
      </div>
    </form>
  );
}
