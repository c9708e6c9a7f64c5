import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FileProblem, type Cell, type SheetRow } from './sheet-row';

/**
 * Streams the rows of the first worksheet of an .xlsx upload with exceljs' streaming reader, so a
 * 100,000-row workbook is never held whole. Later worksheets (e.g. the template's guide) are skipped.
 */
export async function* xlsxRows(bytes: AsyncIterable<Buffer>): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets += 1;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        if (sheets > 1) continue;
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        yield { line: row.number, cells: Array.from(values, plainCell) };
      }
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem('BAD_XLSX', 'The Excel file cannot be read: it is damaged or not an .xlsx workbook (save it again from Excel as .xlsx)');
  }
  if (sheets === 0) throw new FileProblem('BAD_XLSX', 'The file is a ZIP archive but not an Excel workbook: it has no worksheet');
}

/** exceljs' cell values (rich text, hyperlinks, formulas, errors) reduced to what the import reads. */
function plainCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : (value as { sharedFormula: string }).sharedFormula;
    return { formula: `=${formula ?? ''}` };
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return { formula: String(value.error) };
  if ('text' in value) return String(value.text);
  return null;
}
