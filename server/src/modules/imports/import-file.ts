// Responsible for reading an import file (XLSX or CSV) into rows keyed by column, refusing a bad file as a whole with a
// stable code before any row is checked: not a spreadsheet, empty, over the limits (bytes, unzipped size, rows),
// an encoding it cannot read, missing, unknown or repeated columns, formulas and merged cells.
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { FORMULA_TRIGGERS } from '../common/spreadsheet-cells.js';
import type { ExportLang } from '../common/filter-sentences.js';
import { headerMap, IMPORT_COLUMNS, meaningOf, type ImportColumn, type SheetColumns } from './import-columns.js';
import { ImportFileError, type ImportFile, type ImportKind, type ImportRow, type ImportSheet, type ImportValue } from './import-types.js';

/** The largest file accepted (the upload route's limit too). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The most an XLSX may hold once unzipped (a small zip can unzip into gigabytes). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** The most data rows a sheet may hold. */
export const MAX_ROWS = 200_000;

export interface ReadLimits {
  maxFileBytes: number;
  maxUnzippedBytes: number;
  maxRows: number;
}
const LIMITS: ReadLimits = { maxFileBytes: MAX_FILE_BYTES, maxUnzippedBytes: MAX_UNZIPPED_BYTES, maxRows: MAX_ROWS };

const MB = 1024 * 1024;

/**
 * Reads an import file: an XLSX (the records on its first visible sheet; deals' parties on a later sheet headed by
 * the parties' columns) or a CSV (UTF-8 with or without a BOM, UTF-16 with a BOM, or GB18030 as Chinese Excel saves
 * it; comma, semicolon or tab separated; a CSV holds one sheet, so deals read from CSV have no parties). Headers are
 * recognised in Chinese, English and Russian, as templates and exports write them. Throws ImportFileError.
 */
export async function readImportFile(bytes: Buffer, fileName: string, kind: ImportKind, limits: Partial<ReadLimits> = {}): Promise<ImportFile> {
  const limit = { ...LIMITS, ...limits };
  if (bytes.length === 0) throw new ImportFileError('EMPTY', 'The file is empty.');
  if (bytes.length > limit.maxFileBytes)
    throw new ImportFileError('TOO_LARGE', `The file is larger than ${Math.round(limit.maxFileBytes / MB)} MB; split it into smaller files.`);
  const format = formatOf(bytes, fileName);
  const tables = format === 'xlsx' ? await xlsxTables(bytes, limit) : [csvTable(bytes, fileName)];
  return recognise(kind, format, tables, limit);
}

/** One sheet as read: its name and its rows of cells, each with the row number a spreadsheet shows. */
interface RawTable {
  name: string;
  rows: { line: number; cells: RawCell[] }[];
}
type RawCell = string | number | Date | null;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** XLSX when the bytes are a zip; CSV when they are text; anything else (an old .xls, a PDF, an image) refused. */
function formatOf(bytes: Buffer, fileName: string): 'xlsx' | 'csv' {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) throw new ImportFileError('NOT_A_SPREADSHEET', 'This is an old Excel (.xls) file: save it as .xlsx or .csv and upload that.');
  if (/\.xlsx$/i.test(fileName)) throw new ImportFileError('NOT_A_SPREADSHEET', 'The file is named .xlsx but is not an Excel workbook.');
  const head = bytes.subarray(0, 8192);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) throw new ImportFileError('NOT_A_SPREADSHEET', 'The file is neither an Excel workbook (.xlsx) nor a CSV text file.');
  return 'csv';
}

// ---- XLSX ----

const ROW_TAG = Buffer.from('<row');

/**
 * Walks the zip counting the bytes each entry inflates to, refusing past the cap before anything is kept, and the
 * `<row>` elements of each worksheet part, so a sheet with too many rows is refused before the workbook is loaded
 * (loading holds every row: about 6 MB per 1,000 rows).
 */
export function checkUnzippedSize(bytes: Uint8Array, max: number): { entries: string[]; rows: Map<string, number> } {
  let total = 0;
  let over = false;
  const entries: string[] = [];
  const rows = new Map<string, number>();
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    entries.push(file.name);
    const worksheet = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name);
    let carry = Buffer.alloc(0);
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (worksheet && !over) {
        // Searched in the bytes (the tag is ASCII); a tag cut between two chunks is completed by the carried tail.
        const piece = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const data = carry.length ? Buffer.concat([carry, piece]) : piece;
        let count = 0;
        let at = data.indexOf(ROW_TAG);
        for (; at !== -1 && at + ROW_TAG.length < data.length; at = data.indexOf(ROW_TAG, at + ROW_TAG.length)) {
          const next = data[at + ROW_TAG.length];
          if (next === 0x3e || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) count++;
        }
        rows.set(file.name, (rows.get(file.name) ?? 0) + count);
        let keep = 0;
        for (let k = Math.min(ROW_TAG.length, data.length); k > 0 && !keep; k--) if (data.subarray(data.length - k).equals(ROW_TAG.subarray(0, k))) keep = k;
        carry = Buffer.from(data.subarray(data.length - keep));
      }
      if (total > max && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  };
  try {
    // 128 KB at a time: a cap reached early stops the walk early, and one push inflates to at most ~130 MB even at
    // deflate's largest ratio (smaller pushes are much slower: 100,000 rows took 2.1 s in 64 KB pushes, 0.5 s in 128 KB).
    const CHUNK = 128 * 1024;
    for (let at = 0; at < bytes.length && !over; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch {
    if (!over) throw new ImportFileError('NOT_A_SPREADSHEET', 'The file is a damaged zip, not an Excel workbook.');
  }
  if (over) throw new ImportFileError('UNZIPPED_TOO_LARGE', `The workbook unpacks to more than ${Math.round(max / MB)} MB; split it into smaller files.`);
  // An Office Open XML workbook: its content types and a workbook part under xl/.
  if (!entries.includes('[Content_Types].xml') || !entries.some((n) => n.startsWith('xl/')))
    throw new ImportFileError('NOT_A_SPREADSHEET', 'The file is a zip but not an Excel workbook (.xlsx).');
  return { entries, rows };
}

async function xlsxTables(bytes: Buffer, limit: ReadLimits): Promise<RawTable[]> {
  const { rows } = checkUnzippedSize(bytes, limit.maxUnzippedBytes);
  if ([...rows.values()].some((n) => n > limit.maxRows + 1))
    throw new ImportFileError('TOO_MANY_ROWS', `A sheet has more than ${limit.maxRows.toLocaleString('en')} rows; split it into smaller files.`);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; it reads a Node Buffer (through JSZip) as it is.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('NOT_A_SPREADSHEET', 'The file is a zip but not an Excel workbook (.xlsx).');
  }
  const sheets = workbook.worksheets.filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
  if (!sheets.length) throw new ImportFileError('EMPTY', 'The workbook has no visible sheets.');
  return sheets.map((sheet) => sheetTable(sheet, limit));
}

/** A sheet's rows as cells: formulas and merged cells refused, naming the first. */
function sheetTable(sheet: ExcelJS.Worksheet, limit: ReadLimits): RawTable {
  if (sheet.hasMerges) {
    const range = sheet.model.merges[0];
    throw new ImportFileError(
      'MERGED_CELLS',
      `Sheet "${sheet.name}" has merged cells${range ? ` (${range})` : ''}: unmerge them so each value sits in its own row and column.`,
      { sheet: sheet.name, column: range },
    );
  }
  if (sheet.actualRowCount > limit.maxRows + 1)
    throw new ImportFileError('TOO_MANY_ROWS', `Sheet "${sheet.name}" has more than ${limit.maxRows.toLocaleString('en')} rows; split it into smaller files.`, {
      sheet: sheet.name,
    });
  const rows: RawTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Formula || cell.formula || (cell as { sharedFormula?: string }).sharedFormula)
        throw new ImportFileError(
          'FORMULA',
          `Cell ${cell.address} of sheet "${sheet.name}" holds a formula: paste its value instead (Paste special → Values).`,
          { sheet: sheet.name, line, column: cell.address },
        );
      cells[col - 1] = cellValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows.push({ line, cells });
  });
  return { name: sheet.name, rows };
}

/** A cell's value as text, number or date: rich text and hyperlinks as their text, errors as their text. */
function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text);
  if ('error' in value) return value.error;
  return null;
}

// ---- CSV ----

/** The text of a CSV file: UTF-8 (a BOM or none), UTF-16 with its BOM, or GB18030 when it decodes cleanly. */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = iconv.decode(bytes, 'gb18030');
    // GB18030 maps nearly every byte pair; a file that was neither shows replacement or control characters.
    if (!text.includes('\uFFFD') && !hasControlCharacters(text)) return text;
    throw new ImportFileError(
      'ENCODING',
      'The file is not UTF-8 text (nor Chinese GB18030): save it from your spreadsheet program as "CSV UTF-8" and upload it again.',
    );
  }
}

/** Whether text holds a control character other than tab, line feed and carriage return (as binary decoded would). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

/** The separator the header line uses most: comma, semicolon or tab. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  const [best] = [',', ';', '\t'].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

function csvTable(bytes: Buffer, fileName: string): RawTable {
  const text = decodeCsv(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ImportFileError('EMPTY', 'The file is empty.');
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new ImportFileError('NOT_A_SPREADSHEET', `The file is not valid CSV${line ? ` (near line ${line})` : ''}: ${(e as Error).message.split('\n')[0]}`, {
      line,
    });
  }
  // Each record is the row a spreadsheet program shows it on (a quoted line break stays in its cell).
  return { name: fileName.replace(/\.[^.]*$/, '') || 'CSV', rows: records.map((cells, i) => ({ line: i + 1, cells })) };
}

// ---- Recognising the columns ----

const LANG_ORDER: ExportLang[] = ['zh', 'en', 'ru'];
const DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const isBlank = (cell: RawCell) => cell == null || (typeof cell === 'string' && cell.trim() === '');

function recognise(kind: ImportKind, format: 'xlsx' | 'csv', tables: RawTable[], limit: ReadLimits): ImportFile {
  const of = IMPORT_COLUMNS[kind];
  const [main, ...rest] = tables;
  const records = headedTable(main, of.records);
  let parties: Headed | undefined;
  if (of.parties) {
    const names = new Set(Object.values(of.parties.sheetName).map((n) => n.toLowerCase()));
    for (const table of rest) {
      const map = headerMap(of.parties);
      const header = firstRow(table);
      const named = names.has(table.name.trim().toLowerCase());
      const headed = header?.cells.some((c) => !isBlank(c) && meaningOf(of.parties!, map, String(c))?.key === 'deal');
      if (named || headed) {
        parties = headedTable(table, of.parties);
        break;
      }
    }
  }
  const lang = languageOf([...records.votes, ...(parties?.votes ?? [])]);
  const recordSheet = sheetOf(records, of.records, lang, limit, true);
  return { kind, format, lang, records: recordSheet, ...(parties ? { parties: sheetOf(parties, of.parties!, lang, limit, false) } : {}) };
}

interface Headed {
  table: RawTable;
  /** Column key → its position and header as written. */
  positions: Map<string, { index: number; header: string }>;
  /** Positions of read-only (dropped) columns. */
  dropped: Set<number>;
  unknown: string[];
  /** Positions with no header. */
  unheaded: Set<number>;
  /** The header row's width: a value past it has no header. */
  width: number;
  votes: ExportLang[][];
}

const firstRow = (table: RawTable) => table.rows.find((r) => r.cells.some((c) => !isBlank(c)));

/** The header row's columns: each a key, read-only or unknown; a key given twice refused. */
function headedTable(table: RawTable, sheet: SheetColumns): Headed {
  const header = firstRow(table);
  if (!header) throw new ImportFileError('EMPTY', `Sheet "${table.name}" is empty: it has no header row.`, { sheet: table.name });
  const map = headerMap(sheet);
  const seen = new Map<string, { index: number; header: string; form: 'label' | 'code' }[]>();
  const dropped = new Set<number>();
  const unheaded = new Set<number>();
  const unknown: string[] = [];
  const votes: ExportLang[][] = [];
  header.cells.forEach((cell, index) => {
    if (isBlank(cell)) return void unheaded.add(index);
    const text = cellText(cell).trim();
    const meaning = meaningOf(sheet, map, text);
    if (!meaning) return void unknown.push(text);
    if (meaning.langs.length) votes.push(meaning.langs);
    if (meaning.key === null) return void dropped.add(index);
    seen.set(meaning.key, [...(seen.get(meaning.key) ?? []), { index, header: text, form: meaning.form === 'code' ? 'code' : 'label' }]);
  });
  const positions = new Map<string, { index: number; header: string }>();
  for (const [key, found] of seen) {
    // An export's label column beside its "(code)" column is read-only: the code is what is read.
    const codes = found.filter((f) => f.form === 'code');
    const chosen = codes.length ? codes : found;
    if (chosen.length > 1)
      throw new ImportFileError('DUPLICATE_COLUMNS', `The columns ${chosen.map((c) => `"${c.header}"`).join(' and ')} are the same column; keep one.`, {
        sheet: table.name,
        columns: chosen.map((c) => c.header),
      });
    for (const f of found) if (f !== chosen[0]) dropped.add(f.index);
    positions.set(key, { index: chosen[0].index, header: chosen[0].header });
  }
  return {
    table: { ...table, rows: table.rows.filter((r) => r.line > header.line) },
    positions,
    dropped,
    unknown,
    unheaded,
    width: header.cells.length,
    votes,
  };
}

/** The language most recognised headers are written in (Chinese first on a tie, then English). */
function languageOf(votes: ExportLang[][]): ExportLang {
  const count = (lang: ExportLang) => votes.filter((v) => v.includes(lang)).length;
  const best = Math.max(...LANG_ORDER.map(count), 0);
  const distinct = votes.some((v) => v.length < 3);
  return distinct ? LANG_ORDER.find((l) => count(l) === best)! : 'en';
}

/** The sheet's rows keyed by column, after the whole-sheet checks: unknown and missing columns, no rows, too many. */
function sheetOf(headed: Headed, sheet: SheetColumns, lang: ExportLang, limit: ReadLimits, main: boolean): ImportSheet {
  const { table, positions } = headed;
  const name = table.name;
  const missing = sheet.columns.filter((c) => c.required && !positions.has(c.key));
  if (sheet.oneOf && !sheet.oneOf.some((k) => positions.has(k))) missing.unshift(sheet.columns.find((c) => c.key === sheet.oneOf!.at(-1))!);
  const missingHeaders = missing.map((c) => c.header[lang]);
  if (headed.unknown.length)
    throw new ImportFileError(
      'UNKNOWN_COLUMNS',
      `Sheet "${name}" has columns this import does not know: ${headed.unknown.map((h) => `"${h}"`).join(', ')}.` +
        (missing.length ? ` It lacks: ${missingHeaders.map((h) => `"${h}"`).join(', ')}; is it a ${main ? 'file of another kind' : 'different sheet'}?` : '') +
        ' Use the template’s headers.',
      { sheet: name, columns: headed.unknown },
    );
  if (missing.length)
    throw new ImportFileError('MISSING_COLUMNS', `Sheet "${name}" lacks the columns ${missingHeaders.map((h) => `"${h}"`).join(', ')}.`, {
      sheet: name,
      columns: missingHeaders,
    });
  const data = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (data.length > limit.maxRows)
    throw new ImportFileError('TOO_MANY_ROWS', `Sheet "${name}" has more than ${limit.maxRows.toLocaleString('en')} rows; split it into smaller files.`, {
      sheet: name,
    });
  if (main && !data.length) throw new ImportFileError('EMPTY', `Sheet "${name}" has headers but no rows to import.`, { sheet: name });
  const columns = [...positions.entries()].sort((a, b) => a[1].index - b[1].index);
  const byKey = new Map(sheet.columns.map((c) => [c.key, c]));
  const rows: ImportRow[] = [];
  for (const row of data) {
    const stray = [...headed.unheaded, ...row.cells.keys()].filter((i) => (headed.unheaded.has(i) || i >= headed.width) && !isBlank(row.cells[i] ?? null));
    for (const index of stray.slice(0, 1))
      throw new ImportFileError('UNKNOWN_COLUMNS', `Sheet "${name}" has values in column ${columnLetter(index)}, which has no header.`, {
        sheet: name,
        line: row.line,
        column: columnLetter(index),
        columns: [columnLetter(index)],
      });
    const values: Record<string, ImportValue> = {};
    for (const [key, { index }] of columns) values[key] = valueOf(row.cells[index] ?? null, byKey.get(key)!);
    rows.push({ line: row.line, values });
  }
  return {
    name,
    columns: columns.map(([key]) => key),
    headers: Object.fromEntries(columns.map(([key, { header }]) => [key, header])),
    rows,
  };
}

/** A spreadsheet's column letter for a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const cellText = (cell: RawCell): string => (cell instanceof Date ? dayOf(cell) : String(cell ?? ''));

/**
 * A cell as the check reads it: text trimmed (empty → null, an export's neutralising quote before =, +, -, @
 * removed), numbers as numbers in number columns and as their text elsewhere, days as `YYYY-MM-DD`.
 */
function valueOf(cell: RawCell, column: ImportColumn): ImportValue {
  if (cell == null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : dayOf(cell);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    return column.type === 'number' || column.type === 'integer' ? cell : String(cell);
  }
  let text = cell.trim();
  if (!text) return null;
  if (text.startsWith("'") && FORMULA_TRIGGERS.some((t) => text[1] === t)) text = text.slice(1);
  if (column.type === 'date') {
    const m = DAY.exec(text);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return text;
}
