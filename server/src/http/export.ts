// GET /export/investments.csv|xlsx?filter=<InvestmentFilter as JSON>&from=&to=&lang=en|zh: the matching rows,
// streamed. The filter is checked against the GraphQL input type, exactly as the API would check it.
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type express from 'express';
import { coerceInputValue, GraphQLError, isInputType, type GraphQLSchema } from 'graphql';
import type { Logger } from '../logger.js';
import type { Cell } from '../modules/common/spreadsheet-cells.js';
import { exportName, investmentRows, writeCsv, writeXlsx, type ExportLang } from '../modules/investments/investment.export.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function badRequest(res: express.Response, message: string, field: string, requestId?: string) {
  res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field, requestId } }] });
}

export function exportInvestments(orm: MikroORM, schema: GraphQLSchema, logger: Logger): express.RequestHandler {
  const filterType = schema.getType('InvestmentFilter');
  return async (req, res) => {
    const format = req.params.format;
    if (format !== 'csv' && format !== 'xlsx') return badRequest(res, 'Export as .csv or .xlsx', 'format', req.requestId);
    const lang: ExportLang = req.query.lang === 'zh' ? 'zh' : 'en';
    let filter: Record<string, unknown> | null = null;
    try {
      const raw: unknown = typeof req.query.filter === 'string' && req.query.filter ? JSON.parse(req.query.filter) : null;
      if (raw !== null) {
        if (!filterType || !isInputType(filterType)) throw new Error('no InvestmentFilter type');
        filter = coerceInputValue(raw, filterType, (path, _value, error) => {
          throw new GraphQLError(`filter${path.length ? `.${path.join('.')}` : ''}: ${error.message}`);
        }) as Record<string, unknown>;
      }
    } catch (err) {
      return badRequest(res, err instanceof GraphQLError ? err.message : 'filter must be an InvestmentFilter as JSON', 'filter', req.requestId);
    }
    const from = typeof req.query.from === 'string' ? req.query.from : '';
    const to = typeof req.query.to === 'string' ? req.query.to : '';
    if ((from || to) && !(DAY.test(from) && DAY.test(to) && from <= to))
      return badRequest(res, 'from and to must be two dates, YYYY-MM-DD, in order', 'from', req.requestId);
    const period = from ? { from, to } : null;
    const em = orm.em.fork() as EntityManager;
    const rows = investmentRows(em, filter, period, lang);
    // Pull the first page before any header goes out, so a bad filter is still a clean 400.
    let first: IteratorResult<Cell[]>;
    try {
      first = await rows.next();
    } catch (err) {
      if (err instanceof GraphQLError)
        return badRequest(res, err.message, typeof err.extensions.field === 'string' ? err.extensions.field : 'filter', req.requestId);
      throw err;
    }
    async function* all() {
      if (!first.done) yield first.value;
      yield* rows;
    }
    const name = exportName(filter, period);
    res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      if (format === 'csv') {
        res.type('text/csv; charset=utf-8');
        await writeCsv(res, all(), lang);
      } else {
        res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        await writeXlsx(res, all(), lang, JSON.stringify({ filter, period }));
      }
    } catch (err) {
      logger.error({ err, requestId: req.requestId }, 'export failed part-way');
      res.destroy(err as Error);
    }
  };
}
