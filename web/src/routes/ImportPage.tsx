// Officers' import: pick what to import, download its template (XLSX or CSV, in the interface language), upload a
// file (or only check it), watch the rows being checked, then read the report: the file's error, every problem by
// row and column (the first 1,000 here, all of them in the CSV report), or what was created, updated and left as is.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { formatNumber } from '../format/format';
import { currentLanguage } from '../i18n';
import {
  download,
  IMPORT_KINDS,
  importJob,
  ImportRequestError,
  reportUrl,
  running,
  startImport,
  templateUrl,
  type ImportJob,
  type ImportKind,
} from '../imports/import-api';
import { Link } from '../router';

/** How often a running job is asked for its progress. */
const POLL_MS = 500;

export function ImportPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session)
    return (
      <section aria-labelledby="import-title">
        <h1 id="import-title">{t('import.title')}</h1>
        <p>
          <Link to="/signin">{t('import.signIn')}</Link>
        </p>
      </section>
    );
  return <ImportForm />;
}

type Status = { phase: 'idle' } | { phase: 'uploading' } | { phase: 'job'; job: ImportJob } | { phase: 'error'; error: ImportRequestError };

function ImportForm() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const [kind, setKind] = useState<ImportKind>('investments');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const polling = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (polling.current !== null) window.clearTimeout(polling.current);
    },
    [],
  );

  const poll = (job: ImportJob) => {
    setStatus({ phase: 'job', job });
    if (!running(job)) return;
    polling.current = window.setTimeout(() => {
      importJob(job.id).then(poll, (error: unknown) => setStatus({ phase: 'error', error: asRequestError(error) }));
    }, POLL_MS);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    if (polling.current !== null) window.clearTimeout(polling.current);
    setStatus({ phase: 'uploading' });
    startImport(kind, file, dryRun).then(poll, (error: unknown) => setStatus({ phase: 'error', error: asRequestError(error) }));
  };

  const fetchFile = (url: string, name: string) => {
    setDownloadError(null);
    download(url, name).catch((error: unknown) => setDownloadError(asRequestError(error).message));
  };

  const busy = status.phase === 'uploading' || (status.phase === 'job' && running(status.job));
  return (
    <section className="import-page" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <p className="import-intro">{t('import.intro')}</p>
      <form className="import-form" onSubmit={submit}>
        <label>
          {t('import.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} disabled={busy}>
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`import.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="import-templates" role="group" aria-label={t('import.templates')}>
          <span>{t('import.templates')}</span>
          <button type="button" className="link" data-template="xlsx" onClick={() => fetchFile(templateUrl(kind, 'xlsx', lang), `${kind}-template.xlsx`)}>
            {t('import.templateXlsx')}
          </button>
          <button type="button" className="link" data-template="csv" onClick={() => fetchFile(templateUrl(kind, 'csv', lang), `${kind}-template.csv`)}>
            {t('import.templateCsv')}
          </button>
        </div>
        {downloadError ? (
          <p className="field-error" role="alert">
            {t('import.downloadFailed', { message: downloadError })}
          </p>
        ) : null}
        <label>
          {t('import.file')}
          <input
            type="file"
            name="file"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            disabled={busy}
          />
        </label>
        <p className="import-hint">{t('import.fileHint')}</p>
        <label className="check">
          <input type="checkbox" name="dryRun" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} disabled={busy} />
          {t('import.dryRun')}
        </label>
        <button type="submit" className="primary" disabled={!file || busy}>
          {dryRun ? t('import.check') : t('import.submit')}
        </button>
      </form>
      <div className="import-status" aria-live="polite">
        {status.phase === 'uploading' ? (
          <>
            <p>{t('import.uploading')}</p>
            <LoadingState rows={1} />
          </>
        ) : status.phase === 'error' ? (
          <ErrorState message={requestErrorText(t, status.error)} onRetry={() => setStatus({ phase: 'idle' })} />
        ) : status.phase === 'job' ? (
          <JobReport
            job={status.job}
            lang={lang}
            onDownloadReport={() => fetchFile(reportUrl(status.job.id, lang), `${status.job.fileName.replace(/\.[^.]*$/, '')}-report.csv`)}
          />
        ) : (
          <EmptyState message={t('import.empty')} />
        )}
      </div>
    </section>
  );
}

const asRequestError = (error: unknown) => (error instanceof ImportRequestError ? error : new ImportRequestError('NETWORK', String(error), 0));

type T = ReturnType<typeof useTranslation>['t'];

/** A refused request in the reader's words (the server's own message for codes without words here). */
function requestErrorText(t: T, error: ImportRequestError): string {
  return t(`import.requestError.${error.code}`, { defaultValue: error.message || error.code });
}

function JobReport({ job, lang, onDownloadReport }: { job: ImportJob; lang: ReturnType<typeof currentLanguage>; onDownloadReport: () => void }) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, lang);
  if (running(job))
    return (
      <div className="import-progress" data-state={job.state}>
        <p>{job.state === 'WRITING' ? t('import.writing') : t('import.checking', { checked: n(job.checked), rows: n(job.rows) })}</p>
        <progress value={job.checked} max={Math.max(job.rows, 1)} aria-label={t('import.progress')} />
      </div>
    );
  if (job.state === 'FAILED')
    return (
      <div className="state state-error" role="alert" data-state="FAILED">
        <p>{t('import.failed')}</p>
      </div>
    );
  if (job.state === 'DONE')
    return (
      <div className="import-result" data-state="DONE" role="status">
        {job.dryRun ? (
          <p data-result="checked">{t('import.checkedOk', { count: job.rows })}</p>
        ) : (
          <p data-result="written">
            {t('import.written', { created: n(job.written.created), updated: n(job.written.updated), unchanged: n(job.written.unchanged) })}
          </p>
        )}
      </div>
    );
  // Refused: the whole file, or its rows.
  if (job.fileError) {
    const where = job.fileError.where;
    return (
      <div className="state state-error import-refused" role="alert" data-state="REFUSED" data-file-error={job.fileError.code}>
        <p>
          <strong>{t('import.fileRefused')}</strong> {t(`import.fileError.${job.fileError.code}`, { defaultValue: job.fileError.message })}
        </p>
        {where.columns?.length ? <p>{t('import.columns', { columns: where.columns.join(', ') })}</p> : null}
        <p className="import-detail">{job.fileError.message}</p>
        <p>{t('import.nothingWritten')}</p>
      </div>
    );
  }
  const shown = job.problems;
  const sheets = new Set(shown.map((p) => p.sheet));
  return (
    <div className="import-refused" data-state="REFUSED">
      <p role="alert">
        {t('import.problemCount', { count: job.problemCount })} {t('import.nothingWritten')}
      </p>
      <p>
        <button type="button" className="link" data-report="csv" onClick={onDownloadReport}>
          {t('import.downloadReport')}
        </button>
      </p>
      {job.problemCount > shown.length ? <p>{t('import.firstProblems', { shown: n(shown.length), count: n(job.problemCount) })}</p> : null}
      <table className="data-table import-problems">
        <caption>{t('import.problemsCaption')}</caption>
        <thead>
          <tr>
            {sheets.size > 1 ? <th scope="col">{t('import.sheet')}</th> : null}
            <th scope="col" className="num">
              {t('import.row')}
            </th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={i} data-line={p.line} data-column={p.column ?? ''}>
              {sheets.size > 1 ? <td>{p.sheet}</td> : null}
              <td className="num">{n(p.line)}</td>
              <td>{p.header ?? p.column ?? t('import.wholeRow')}</td>
              <td>
                {t(`import.problems.${p.code}`, { defaultValue: p.message })}
                {t(`import.problems.${p.code}`, { defaultValue: '' }) ? <small className="import-detail">{p.message}</small> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
