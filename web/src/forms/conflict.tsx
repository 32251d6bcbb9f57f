// What a form shows when someone else saved the record first: who and when, the fields taken from their version
// (the user had not changed them), and for each field both changed, their value and the user's to choose from. The
// user's edits stay in the form; saving puts them on top of the newer version.
import { useTranslation } from 'react-i18next';
import type { Side } from './merge';

export interface ClashView {
  name: string;
  label: string;
  theirs: string;
  yours: string;
  choice: Side;
}

export function ConflictNotice({
  what,
  who,
  when,
  taken,
  clashes,
  onChoose,
  onDiscard,
}: {
  what: string;
  /** Who saved the newer version and when (null when the history does not say). */
  who: string | null;
  when: string | null;
  taken: { name: string; label: string; value: string }[];
  clashes: ClashView[];
  onChoose: (name: string, side: Side) => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="conflict" data-conflict>
      <p role="alert">{who && when ? t('recordForm.conflictBy', { who, when, what }) : t('recordForm.conflictSomeone', { what })}</p>
      {taken.length ? (
        <>
          <p>{t('recordForm.taken')}</p>
          <ul>
            {taken.map((f) => (
              <li key={f.name} data-taken={f.name}>
                {f.label}: {f.value}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {clashes.length ? (
        <>
          <p>{t('recordForm.choose')}</p>
          {clashes.map((c) => (
            <fieldset key={c.name} className="clash" data-clash={c.name}>
              <legend>{c.label}</legend>
              {(['theirs', 'yours'] as const).map((side) => (
                <label key={side}>
                  <input type="radio" name={`clash-${c.name}`} value={side} checked={c.choice === side} onChange={() => onChoose(c.name, side)} />
                  {t(`recordForm.${side}`, { value: side === 'theirs' ? c.theirs : c.yours })}
                </label>
              ))}
            </fieldset>
          ))}
        </>
      ) : (
        <p>{t('recordForm.noneToChoose')}</p>
      )}
      <button type="button" onClick={onDiscard}>
        {t('recordForm.discard')}
      </button>
    </div>
  );
}
