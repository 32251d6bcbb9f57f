// Import (issue 23): POST /import/:kind stages a file as an import job, checked and written in the background;
// GET /import/jobs/:id polls it; GET /import/jobs/:id/report.csv lists every problem. Officers only, signed in with
// the bearer token the officers' write mutations and the exports use (`guard`: app.ts's authentication and rate
// limit), so no cookie is involved and no cross-site request can carry the credential. The routes are registered by
// full path, so the web page at GET /import (a client-side route) still reaches the web client.
import { stringify } from 'csv-stringify';
import express from 'express';
import type { Platform } from '../context.js';
import { textProblem } from '../graphql/text-rule.js';
import { hasRole } from '../modules/access/actor.js';
import { EXPORT_LANGS, type ExportLang } from '../modules/common/filter-sentences.js';
import { MAX_FILE_BYTES } from '../modules/imports/import-file.js';
import { ImportJobs, jobJson, type ReportedProblem } from '../modules/imports/import-jobs.js';
import { IMPORT_KINDS, type ImportKind } from '../modules/imports/import-types.js';
import { requestLanguage } from './export.js';
import { importTemplate } from './import-template-route.js';

/** An error as the import routes answer it: `{"error": {"code", "message"}}`. */
export function importError(res: express.Response, status: number, code: string, message: string) {
  res.status(status).set('Cache-Control', 'no-store').json({ error: { code, message } });
}

/** Signed-in officers (and admins) only: anonymous callers get 401, API keys and readers 403. */
export function officersOnly(): express.RequestHandler {
  return (req, res, next) => {
    const actor = req.actor;
    if (!actor || actor.kind === 'anonymous') return importError(res, 401, 'UNAUTHENTICATED', 'Sign in as an officer to import files');
    if (actor.kind !== 'officer' || !hasRole(actor, 'OFFICER')) return importError(res, 403, 'FORBIDDEN', 'Only signed-in officers may import files');
    next();
  };
}

/** The report's column headings. */
const REPORT_HEADERS: Record<ExportLang, string[]> = {
  en: ['Sheet', 'Row', 'Column', 'Code', 'Problem'],
  zh: ['工作表', '行', '列', '代码', '问题'],
  ru: ['Лист', 'Строка', 'Столбец', 'Код', 'Проблема'],
};

/**
 * @param guard the app's authentication (Authorization header → req.actor) and rate limit, run before each route.
 */
export function importRoutes(platform: Platform, guard: express.RequestHandler[]): express.Router {
  const router = express.Router();
  const officers = [...guard, officersOnly()];
  const jobs = new ImportJobs(platform.orm, platform.clock, platform.logger);
  // The raw file, up to the file limit (larger: 413 TOO_LARGE, answered below before anything is staged).
  const body = express.raw({ type: () => true, limit: MAX_FILE_BYTES });

  // The template for a kind, in the reader's language: GET /import/templates/investments.xlsx?lang=zh.
  router.get('/import/templates/:file', ...officers, importTemplate(platform));

  router.post('/import/:kind', ...officers, body, async (req, res, next) => {
    try {
      const kind = IMPORT_KINDS.find((k) => k === req.params.kind);
      if (!kind) return importError(res, 404, 'UNKNOWN_KIND', `Import one of: ${IMPORT_KINDS.join(', ')}`);
      const q = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : '');
      const fileName = q('fileName').trim() || `${kind}.xlsx`;
      if (fileName.length > 255 || textProblem(fileName)) return importError(res, 400, 'BAD_REQUEST', 'fileName: at most 255 characters of valid text');
      const dryRun = ['1', 'true'].includes(q('dryRun'));
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const actor = req.actor!;
      const job = await jobs.stage({ kind: kind satisfies ImportKind, fileName, dryRun, actor: { key: actor.key, name: actor.name }, content });
      res
        .status(202)
        .set('Cache-Control', 'no-store')
        .json({ job: jobJson(job) });
      // Processed after the answer, in this process; the page polls the job.
      setImmediate(() => void jobs.run(job.id, req.requestId ?? ''));
    } catch (err) {
      next(err);
    }
  });

  const jobOf = async (req: express.Request, res: express.Response) => {
    const id = Number(req.params.id);
    const job = Number.isSafeInteger(id) && id > 0 ? await jobs.get(id) : null;
    if (!job) importError(res, 404, 'NOT_FOUND', 'No import job has this id');
    return job;
  };

  router.get('/import/jobs/:id', ...officers, async (req, res, next) => {
    try {
      const job = await jobOf(req, res);
      if (job) res.set('Cache-Control', 'no-store').json({ job: jobJson(job) });
    } catch (err) {
      next(err);
    }
  });

  router.get('/import/jobs/:id/report.csv', ...officers, async (req, res, next) => {
    try {
      const job = await jobOf(req, res);
      if (!job) return;
      const asked = typeof req.query.lang === 'string' ? req.query.lang : requestLanguage(req.get('accept-language'));
      const lang = EXPORT_LANGS.find((l) => l === asked) ?? 'en';
      const problems = (job.problems ?? []) as ReportedProblem[];
      const fileError = job.fileError;
      const rows: (string | number)[][] = fileError
        ? [
            [
              typeof fileError.where.sheet === 'string' ? fileError.where.sheet : '',
              Number(fileError.where.line ?? 0) || '',
              typeof fileError.where.column === 'string' ? fileError.where.column : '',
              fileError.code,
              fileError.message,
            ],
          ]
        : problems.map((p) => [p.sheet, p.line, p.header ?? '', p.code, p.message]);
      const base = job.fileName.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'import';
      res.status(200).set('Cache-Control', 'no-store').type('text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${base}-report.csv"`);
      const csv = stringify({ bom: true, header: true, columns: REPORT_HEADERS[lang] });
      csv.pipe(res);
      for (const row of rows) csv.write(row);
      csv.end();
    } catch (err) {
      next(err);
    }
  });

  // The body limit (express.raw) and anything else the routes pass on, in the routes' error shape.
  router.use(((err: unknown, _req, res, next) => {
    const { type, status } = (typeof err === 'object' && err !== null ? err : {}) as { type?: unknown; status?: unknown };
    if (type === 'entity.too.large' || status === 413) {
      return importError(res, 413, 'TOO_LARGE', `The file is larger than ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB; split it into smaller files`);
    }
    next(err);
  }) as express.ErrorRequestHandler);
  return router;
}
