// Responsible for what every export writes into a spreadsheet cell: text that a spreadsheet program would run as a
// formula (OWASP's CSV-injection rule: a cell starting with =, +, -, @, tab or carriage return) is neutralised with a
// leading single quote, in CSV and XLSX alike, while numbers stay numbers, money keeps its currency's format and
// dates are real dates.
import { minorDigits } from '../money/money.js';

/** A number given as exact decimal text (money): written as is in CSV, as a number cell in XLSX. */
export interface DecimalCell {
  readonly decimal: string;
}

/** An amount of money: exact decimal text in major units and its ISO 4217 currency. */
export interface MoneyCell extends DecimalCell {
  readonly currency: string;
}

/** A calendar day, YYYY-MM-DD: text in CSV, a date cell in XLSX. */
export interface DateCell {
  readonly date: string;
}

/** One cell of an export row: text, a number, exact decimal text (money with its currency), a day, or empty. */
export type Cell = string | number | DecimalCell | MoneyCell | DateCell | null | undefined;

/** The characters that make a spreadsheet read a text cell as a formula (OWASP). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A number cell from decimal text (e.g. `fromMinor`'s "-1500.5"); null stays an empty cell. */
export function decimalCell(decimal: string | null | undefined): DecimalCell | null {
  return decimal == null ? null : { decimal };
}

/** A money cell (null when the amount is unknown). */
export function moneyCell(decimal: string | null | undefined, currency: string | null | undefined): MoneyCell | null {
  return decimal == null || !currency ? null : { decimal, currency };
}

/** A date cell from YYYY-MM-DD (null stays empty). */
export function dateCell(day: string | null | undefined): DateCell | null {
  return day ? { date: day } : null;
}

/** Text with a leading single quote when it starts with a formula trigger; any other text unchanged. */
export function neutraliseText(text: string): string {
  return FORMULA_TRIGGERS.some((c) => text.startsWith(c)) ? `'${text}` : text;
}

function isDecimal(cell: Cell): cell is DecimalCell {
  return typeof cell === 'object' && cell !== null && 'decimal' in cell && typeof cell.decimal === 'string';
}

function isDate(cell: Cell): cell is DateCell {
  return typeof cell === 'object' && cell !== null && 'date' in cell && typeof cell.date === 'string';
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A cell as CSV writes it: text neutralised, numbers and exact decimals as they are, empty as "". A decimal that is
 * not plain decimal text is treated as text (and so neutralised), never trusted.
 */
export function csvCell(cell: Cell): string | number {
  if (cell == null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (isDecimal(cell)) return DECIMAL.test(cell.decimal) ? cell.decimal : neutraliseText(cell.decimal);
  if (isDate(cell)) return DAY.test(cell.date) ? cell.date : neutraliseText(cell.date);
  return neutraliseText(String(cell));
}

/**
 * A cell as XLSX writes it: a string (a text cell, neutralised so the sheet stays safe when saved again as CSV), a
 * number or a date (midnight UTC, which spreadsheets read as that day), never a formula object. Decimals become
 * number cells (spreadsheets keep 15 significant digits).
 */
export function xlsxCell(cell: Cell): string | number | Date | null {
  if (cell == null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (isDecimal(cell)) return DECIMAL.test(cell.decimal) ? Number(cell.decimal) : neutraliseText(cell.decimal);
  if (isDate(cell)) {
    const m = DAY.exec(cell.date);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : neutraliseText(cell.date);
  }
  return neutraliseText(String(cell));
}

/** The number format of a currency's amounts: its minor digits and its code (`#,##0.00 "CNY"`, `#,##0 "JPY"`). */
export function currencyFormat(currency: string): string {
  const digits = minorDigits(currency);
  return `#,##0${digits ? `.${'0'.repeat(digits)}` : ''} "${currency.replace(/[^A-Z]/g, '')}"`;
}

/** The number format XLSX gives a cell: its currency's for money, a day for dates, grouped digits for counts. */
export function xlsxFormat(cell: Cell): string | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? '#,##0' : undefined;
  if (isDecimal(cell) && 'currency' in cell && typeof cell.currency === 'string' && DECIMAL.test(cell.decimal)) return currencyFormat(cell.currency);
  if (isDate(cell) && DAY.test(cell.date)) return 'yyyy-mm-dd';
  return undefined;
}
