// Responsible for what every export writes into a spreadsheet cell: text that a spreadsheet program would run as a
// formula (OWASP's CSV-injection rule: a cell starting with =, +, -, @, tab or carriage return) is neutralised with a
// leading single quote, in CSV and XLSX alike, while numbers stay numbers.

/** A number given as exact decimal text (money): written as is in CSV, as a number cell in XLSX. */
export interface DecimalCell {
  readonly decimal: string;
}

/** One cell of an export row: text, a number, exact decimal text, or empty. */
export type Cell = string | number | DecimalCell | null | undefined;

/** The characters that make a spreadsheet read a text cell as a formula (OWASP). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A number cell from decimal text (e.g. `fromMinor`'s "-1500.5"); null stays an empty cell. */
export function decimalCell(decimal: string | null | undefined): DecimalCell | null {
  return decimal == null ? null : { decimal };
}

/** Text with a leading single quote when it starts with a formula trigger; any other text unchanged. */
export function neutraliseText(text: string): string {
  return FORMULA_TRIGGERS.some((c) => text.startsWith(c)) ? `'${text}` : text;
}

function isDecimal(cell: Cell): cell is DecimalCell {
  return typeof cell === 'object' && cell !== null && typeof cell.decimal === 'string';
}

/**
 * A cell as CSV writes it: text neutralised, numbers and exact decimals as they are, empty as "". A decimal that is
 * not plain decimal text is treated as text (and so neutralised), never trusted.
 */
export function csvCell(cell: Cell): string | number {
  if (cell == null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (isDecimal(cell)) return DECIMAL.test(cell.decimal) ? cell.decimal : neutraliseText(cell.decimal);
  return neutraliseText(String(cell));
}

/**
 * A cell as XLSX writes it: a string (a text cell, neutralised so the sheet stays safe when saved again as CSV) or a
 * number, never a formula object. Decimals become number cells (spreadsheets keep 15 significant digits).
 */
export function xlsxCell(cell: Cell): string | number | null {
  if (cell == null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (isDecimal(cell)) return DECIMAL.test(cell.decimal) ? Number(cell.decimal) : neutraliseText(cell.decimal);
  return neutraliseText(String(cell));
}
