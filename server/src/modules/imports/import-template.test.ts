import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXPORT_LANGS } from '../common/filter-sentences.js';
import { columnsOf } from './import-columns.js';
import { readImportFile } from './import-file.js';
import { writeTemplate, type TemplateLists } from './import-template.js';
import { IMPORT_KINDS, type ImportKind } from './import-types.js';

const LISTS: TemplateLists = {
  parks: ['SCO Energy Valley', 'Khorgos Gateway'],
  sectors: ['Logistics & transport', 'New energy'],
  stages: ['Lead', 'Signed'],
  currencies: ['CNY', 'USD'],
  countries: ['Kazakhstan', 'China'],
  organizationKinds: ['Company'],
  tenancyStatuses: ['Signed'],
  dealKinds: ['Memorandum of understanding'],
  partyRoles: ['Party', 'Investor'],
};

async function template(kind: ImportKind, format: 'xlsx' | 'csv', lang: (typeof EXPORT_LANGS)[number]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeTemplate(kind, format, lang, LISTS, out);
  return Buffer.concat(chunks);
}

const cases = IMPORT_KINDS.flatMap((kind) => EXPORT_LANGS.flatMap((lang) => (['xlsx', 'csv'] as const).map((format) => [kind, lang, format] as const)));

describe('import templates', () => {
  it.each(cases)('a %s template in %s (%s) reads back as its example row, with no problem from the reader', async (kind, lang, format) => {
    const file = await readImportFile(await template(kind, format, lang), `template.${format}`, kind);
    expect(file.lang).toBe(lang);
    expect(file.records.columns).toEqual(columnsOf(kind).map((c) => c.key));
    expect(file.records.rows).toHaveLength(1);
    const example = file.records.rows[0];
    expect(example.line).toBe(2);
    expect(example.values.reference).toMatch(/-0001$/);
    if (kind === 'investments') {
      expect(example.values).toMatchObject({
        park: 'SCO Energy Valley',
        sector: 'Logistics & transport',
        stage: 'Lead',
        amountCurrency: 'CNY',
        announcedOn: '2025-06-30',
      });
      expect(String(example.values.amount)).toBe('5000000');
    }
    if (kind === 'deals' && format === 'xlsx') {
      expect(file.parties?.columns).toEqual(['deal', 'organization', 'role']);
      expect(file.parties?.rows[0]?.values).toMatchObject({ deal: example.values.reference, role: 'Party' });
    }
  });

  it('offers dropdowns from the lists on a hidden sheet, with the headers in the reader’s language', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await template('investments', 'xlsx', 'zh')) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['投资项目', 'visible'],
      ['下拉列表', 'hidden'],
    ]);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['编号', '园区 *', '产业 *', '阶段 *', '金额币种']));
    const column = (header: string) => sheet.getColumn(headers.indexOf(header) + 1).letter;
    const lists = book.worksheets[1];
    for (const [header, entries] of [
      ['园区 *', LISTS.parks],
      ['产业 *', LISTS.sectors],
      ['阶段 *', LISTS.stages],
      ['金额币种', LISTS.currencies],
    ] as const) {
      for (const row of [2, 500, 2001]) {
        const validation = sheet.getCell(`${column(header)}${row}`).dataValidation;
        expect(validation, `${header} row ${row}`).toMatchObject({ type: 'list', allowBlank: true });
        // The formula points at the hidden sheet's column that holds exactly the list's entries.
        const [, letter, from, to] = /^'下拉列表'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(validation.formulae[0] as string)!;
        const values = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => lists.getCell(`${letter}${Number(from) + i}`).value);
        expect(values).toEqual(entries);
      }
    }
    expect(sheet.getCell(`${column('编号')}2`).dataValidation).toBeUndefined();
    // Organizations pick their country and kind; deals' parties their role.
    const orgs = new ExcelJS.Workbook();
    await orgs.xlsx.load((await template('organizations', 'xlsx', 'ru')) as unknown as ArrayBuffer);
    const orgHeaders = (orgs.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(orgHeaders).toEqual(expect.arrayContaining(['Страна', 'Вид *']));
    const country = orgs.worksheets[0].getColumn(orgHeaders.indexOf('Страна') + 1).letter;
    expect(orgs.worksheets[0].getCell(`${country}2`).dataValidation?.type).toBe('list');
  });
});
