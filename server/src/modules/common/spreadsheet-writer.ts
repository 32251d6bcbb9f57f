// Responsible for writing an export's rows as CSV or XLSX, streamed with backpressure so memory stays flat whatever
// the number of rows; what each cell holds (and how it is neutralised) is spreadsheet-cells' rule.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { csvCell, xlsxCell, xlsxFormat, type Cell } from './spreadsheet-cells.js';

/** One exported table: its column headers and widths, and its rows as they come. */
export interface ExportTable {
  sheetName: string;
  headers: string[];
  /** Column widths in characters (XLSX only). */
  widths: number[];
  rows: AsyncIterable<Cell[]>;
}

/** A second sheet saying what the export holds (filter, order, currency), written once every row is out. */
export interface AboutSheet {
  sheetName: string;
  /** The sheet's lines, given the number of rows written. */
  lines: (rowCount: number) => Promise<string[]>;
}

/**
 * Streams CSV (UTF-8 with a BOM so spreadsheet programs read Chinese correctly) into `out`, honouring backpressure.
 * Every cell goes through csvCell: text that a spreadsheet would run as a formula is neutralised.
 */
export async function writeCsv(out: Writable, table: ExportTable): Promise<void> {
  const csv = stringify({ bom: true });
  csv.pipe(out);
  const write = async (row: Cell[]) => {
    if (!csv.write(row.map(csvCell))) await once(csv, 'drain');
  };
  await write(table.headers);
  for await (const row of table.rows) await write(row);
  csv.end();
  await once(out, 'finish');
}

/**
 * Streams an XLSX workbook (rows committed as they are written): typed cells (numbers in their currency's format,
 * real dates), a bold frozen header, and a second sheet saying what was exported. Never a formula.
 */
export async function writeXlsx(out: Writable, table: ExportTable, about: AboutSheet): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.widths.map((width) => ({ width }));
  const header = sheet.addRow(table.headers.map(xlsxCell));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const cells of table.rows) {
    const row = sheet.addRow(cells.map(xlsxCell));
    cells.forEach((cell, i) => {
      const format = xlsxFormat(cell);
      if (format) row.getCell(i + 1).numFmt = format;
    });
    row.commit();
    count++;
  }
  sheet.commit();
  const aboutSheet = workbook.addWorksheet(about.sheetName);
  aboutSheet.columns = [{ width: 120 }];
  for (const line of await about.lines(count)) aboutSheet.addRow([xlsxCell(line)]).commit();
  aboutSheet.commit();
  await workbook.commit();
}
