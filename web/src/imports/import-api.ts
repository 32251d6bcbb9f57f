// The import REST endpoints as the page calls them, with the officer's token (authFetch): templates and reports are
// downloaded through fetch (a plain link would carry no token), files posted as the raw body, jobs polled.
import { authFetch } from '../auth/session';

export const IMPORT_KINDS = ['investments', 'deals', 'organizations', 'tenancies'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type JobState = 'CHECKING' | 'WRITING' | 'REFUSED' | 'DONE' | 'FAILED';

export interface ImportProblem {
  sheet: string;
  line: number;
  column: string | null;
  /** The column's header as written in the file. */
  header?: string | null;
  code: string;
  message: string;
}

export interface ImportJob {
  id: number;
  kind: ImportKind;
  fileName: string;
  dryRun: boolean;
  state: JobState;
  rows: number;
  checked: number;
  written: { created: number; updated: number; unchanged: number };
  fileError: { code: string; message: string; where: { sheet?: string; line?: number; column?: string; columns?: string[] } } | null;
  problems: ImportProblem[];
  problemCount: number;
  createdAt: string;
  finishedAt: string | null;
}

/** A refusal by the server (`{"error": {"code", "message"}}`), or no answer at all (code NETWORK). */
export class ImportRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const request = authFetch();

async function answer<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  throw new ImportRequestError(body?.error?.code ?? `HTTP_${res.status}`, body?.error?.message ?? res.statusText, res.status);
}

async function send(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await request(url, init);
  } catch (err) {
    throw new ImportRequestError('NETWORK', err instanceof Error ? err.message : String(err), 0);
  }
}

/** Uploads a file as an import job (checked only, when `dryRun`). */
export async function startImport(kind: ImportKind, file: File, dryRun: boolean): Promise<ImportJob> {
  const q = new URLSearchParams({ fileName: file.name });
  if (dryRun) q.set('dryRun', '1');
  const res = await send(`/import/${kind}?${q.toString()}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file });
  return (await answer<{ job: ImportJob }>(res)).job;
}

export async function importJob(id: number): Promise<ImportJob> {
  return (await answer<{ job: ImportJob }>(await send(`/import/jobs/${id}`))).job;
}

/** Fetches a file with the officer's token and hands it to the browser as a download. */
export async function download(url: string, fileName: string): Promise<void> {
  const res = await send(url);
  if (!res.ok) await answer(res);
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const templateUrl = (kind: ImportKind, format: 'xlsx' | 'csv', lang: string) => `/import/templates/${kind}.${format}?lang=${lang}`;
export const reportUrl = (id: number, lang: string) => `/import/jobs/${id}/report.csv?lang=${lang}`;

/** Whether a job is still being worked on (the page keeps polling it). */
export const running = (job: ImportJob) => job.state === 'CHECKING' || job.state === 'WRITING';
