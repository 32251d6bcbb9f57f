// The contract between reading an import file (import-file.ts: bytes → rows keyed by column) and checking and writing
// it (import-check.ts, import-writer.ts): the kinds, the column keys, a row as read, and a problem as reported.

/** What one import file holds. Deals carry their parties on a second sheet keyed by the deal's reference. */
export const IMPORT_KINDS = ['organizations', 'tenancies', 'investments', 'deals'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One cell as read: text trimmed (empty → null), numbers as numbers, dates as `YYYY-MM-DD` text. */
export type ImportValue = string | number | null;

/** One data row of a sheet, with the row number the person sees in their spreadsheet program (header = 1). */
export interface ImportRow {
  line: number;
  /** Column key (see the kinds' column lists in import-columns.ts) → value; read-only export columns are dropped. */
  values: Record<string, ImportValue>;
}

/** A sheet of the file: its recognised column keys (in file order) and its rows. */
export interface ImportSheet {
  name: string;
  /** Recognised column keys, in file order. */
  columns: string[];
  /** Column key → its header as written in the file (so a problem names the column the person sees). */
  headers: Record<string, string>;
  rows: ImportRow[];
}

/** A file read and recognised, before any row is checked. */
export interface ImportFile {
  kind: ImportKind;
  format: 'xlsx' | 'csv';
  /** The language the headers were written in (a template's or an export's), for the report's words. */
  lang: 'zh' | 'en' | 'ru';
  /** The main sheet (the records). */
  records: ImportSheet;
  /** Deals only: the parties sheet (deal reference, organization, role), when the file has one. */
  parties?: ImportSheet;
}

/** Why a whole file was refused before its rows were checked: stable codes, for programs and for the page's words. */
export const IMPORT_FILE_ERRORS = [
  'NOT_A_SPREADSHEET',
  'EMPTY',
  'TOO_LARGE',
  'UNZIPPED_TOO_LARGE',
  'ENCODING',
  'MISSING_COLUMNS',
  'UNKNOWN_COLUMNS',
  'DUPLICATE_COLUMNS',
  'FORMULA',
  'MERGED_CELLS',
  'TOO_MANY_ROWS',
] as const;
export type ImportFileErrorCode = (typeof IMPORT_FILE_ERRORS)[number];

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    /** Where, when it is one place: the sheet, the row (as the person sees it) and the column header as written. */
    readonly where: { sheet?: string; line?: number; column?: string; columns?: string[] } = {},
  ) {
    super(message);
  }
}

/** One problem with one cell (or one row, when column is null) found by the check; every one is reported. */
export interface ImportProblem {
  sheet: string;
  line: number;
  /** The column key, or null for the whole row. */
  column: string | null;
  /** Stable: REQUIRED, UNKNOWN_PARK, UNKNOWN_ORGANIZATION, AMBIGUOUS_ORGANIZATION, UNKNOWN_SECTOR, UNKNOWN_CURRENCY,
   * INVALID_DATE, DATE_ORDER, NEGATIVE, INVALID_NUMBER, INVALID_VALUE, DUPLICATE_REFERENCE, NOT_FOUND, CONFLICT, TEXT_RULE, TOO_LONG */
  code: string;
  message: string;
}
