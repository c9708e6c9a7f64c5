import type ExcelJS from 'exceljs';
import type { Column } from './report-columns';
import type { ReportFrame } from './report-frame';

/** The heading row's height in points: Vietnamese headings wrap onto up to three lines. */
const HEADING_HEIGHT = 48;

/**
 * A worksheet that prints as a document: A4 landscape fitted to one page wide (fitToPage set, else
 * spreadsheet programs ignore fitToWidth), the heading row repeated on every page and frozen on screen,
 * "Trang 1/3" in the footer, and the frame of docs/DOMAIN.md ("Printed reports") above the table.
 */
export function framedSheet(workbook: ExcelJS.Workbook, name: string, frame: ReportFrame, columns: Column[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  const last = columns.length;
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width ?? 12;
    if (c.format) column.numFmt = c.format;
  });
  const leftEnd = Math.max(1, Math.floor(last * 0.4));
  const block = (row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>) => mergedText(ws, row, from, to, text, font);
  block(1, 1, leftEnd, frame.issuerParent, {});
  block(1, leftEnd + 1, last, frame.motto[0], { bold: true });
  block(2, 1, leftEnd, frame.issuer, { bold: true });
  block(2, leftEnd + 1, last, frame.motto[1], { bold: true, underline: true });
  block(4, leftEnd + 1, last, frame.placeAndDate, { italic: true });
  block(5, 1, last, frame.title, { bold: true, size: 13 });
  block(6, 1, last, frame.subtitle, { italic: true });
  if (frame.approvalWarning) block(7, 1, last, frame.approvalWarning, { bold: true, color: { argb: 'FFC00000' } });
  const header = ws.getRow(HEADER_ROW);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.height = HEADING_HEIGHT;
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&CTrang &P/&N' };
  return ws;
}

/** The row of the table's headings; the data start below it. */
export const HEADER_ROW = 8;

/** The signature block below the table: the preparer left, the head of the body right, names left blank for ink. */
export function signatureBlock(ws: ExcelJS.Worksheet, frame: ReportFrame, columnCount: number): void {
  const leftEnd = Math.max(1, Math.floor(columnCount * 0.4));
  const first = ws.rowCount + 2;
  const put = (row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>) => mergedText(ws, row, from, to, text, font);
  put(first, 1, leftEnd, frame.signatures.left, { bold: true });
  put(first, leftEnd + 1, columnCount, frame.signatures.right, { bold: true });
  put(first + 1, 1, leftEnd, frame.signatures.note, { italic: true });
  put(first + 1, leftEnd + 1, columnCount, frame.signatures.note, { italic: true });
}

/** A line of the frame: one text centred over the cells `from`..`to` of a row, merged. */
function mergedText(ws: ExcelJS.Worksheet, row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>): void {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}
