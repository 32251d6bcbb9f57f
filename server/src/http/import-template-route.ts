// GET /import/templates/:kind.(xlsx|csv)?lang=zh|en|ru: an import template in the reader's language (lang, else the
// browser's languages), its dropdowns filled from the database. Mounted by import-routes.ts behind its officers' guard.
import type express from 'express';
import { createContext, type Platform } from '../context.js';
import { EXPORT_LANGS, type Words } from '../modules/common/filter-sentences.js';
import { IMPORT_COLUMNS } from '../modules/imports/import-columns.js';
import { templateLists, writeTemplate } from '../modules/imports/import-template.js';
import { IMPORT_KINDS } from '../modules/imports/import-types.js';
import { anonymous } from '../modules/access/actor.js';
import { requestLanguage } from './export.js';

const TEMPLATE: Words = { en: 'import template', zh: '导入模板', ru: 'шаблон импорта' };

const TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const;

export function importTemplate(platform: Platform): express.RequestHandler {
  return async (req, res, next) => {
    const file = String(req.params.file ?? '');
    const [, kindName, formatName] = /^([a-z]+)\.(xlsx|csv)$/.exec(file) ?? [];
    const kind = IMPORT_KINDS.find((k) => k === kindName);
    const format = formatName === 'xlsx' || formatName === 'csv' ? formatName : null;
    if (!kind || !format) {
      res
        .status(404)
        .set('Cache-Control', 'no-store')
        .json({ error: { code: 'NOT_FOUND', message: `Templates: ${IMPORT_KINDS.map((k) => `${k}.xlsx or ${k}.csv`).join(', ')}` } });
      return;
    }
    const asked = typeof req.query.lang === 'string' ? req.query.lang : requestLanguage(req.get('accept-language'));
    const lang = EXPORT_LANGS.find((l) => l === asked) ?? 'en';
    try {
      const context = createContext(platform, req.actor ?? anonymous(req.ip ?? 'unknown'), req.requestId ?? '', req.ip ?? 'unknown');
      const lists = await templateLists(context.services, context.em, lang);
      const noun = IMPORT_COLUMNS[kind].records.sheetName;
      const local = encodeURIComponent(`${noun[lang]}-${TEMPLATE[lang]}.${format}`.replace(/\s+/g, '-'));
      res
        .status(200)
        .set('Cache-Control', 'no-store')
        .type(TYPES[format])
        .set('Content-Disposition', `attachment; filename="${kind}-import-template.${format}"; filename*=UTF-8''${local}`);
      await writeTemplate(kind, format, lang, lists, res);
    } catch (err) {
      next(err);
    }
  };
}
