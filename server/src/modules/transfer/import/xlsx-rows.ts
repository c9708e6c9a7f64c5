import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FileProblem, type Cell, type SheetRow } from './sheet-row';
import { openZip, type ZipArchive } from './zip-archive';
import type { UploadSpool } from './upload-spool';
import { UPLOAD_LIMITS, type UploadLimits } from './upload-limits';
import { MemoryBudget } from './memory-budget';

const DAMAGED = 'fileErrors.damagedXlsx';

/**
 * The parts of exceljs' streaming reader used here. Its own entry loop reads the ZIP in file order and,
 * for a sheet stored before its relations, inflates the sheet into an unbounded temporary file of its own;
 * so the upload is kept in the portal's folder, the parts are taken from the central directory in the
 * order they are needed, each through a bounded stream, and only exceljs' XML readers are used.
 * These are underscored methods of exceljs 4.4.0 (pinned): a version bump must re-check them.
 */
interface ExcelReaderParts {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<{ index: number; text: unknown }>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
  sharedStrings?: unknown[];
  properties?: unknown;
}

const SHARED_STRINGS_IN_MEMORY = new MemoryBudget(UPLOAD_LIMITS.sharedStringsInMemoryBytes, UPLOAD_LIMITS.maxWaitingReads);

const READER_OPTIONS = { sharedStrings: 'emit', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' } as const;

/**
 * Streams the rows of the first worksheet of an .xlsx upload, so a 200,000-row workbook is never held
 * whole; later worksheets (e.g. the template's guide) are not read. The upload is kept on disk for the
 * time of the read and removed afterwards, on success and on error alike.
 */
export async function* xlsxRows(bytes: AsyncIterable<Buffer>, spool: UploadSpool, limits: UploadLimits = UPLOAD_LIMITS): AsyncGenerator<SheetRow> {
  const file = await spool.save(bytes, '.xlsx');
  let zip: ZipArchive | null = null;
  let release: () => void = () => undefined;
  try {
    zip = await openZip(file.path, limits).catch((error: unknown) => {
      throw error instanceof FileProblem ? error : new FileProblem('BAD_XLSX', DAMAGED);
    });
    // The shared strings stay in memory for the whole sheet: several large workbooks at once take turns.
    release = await SHARED_STRINGS_IN_MEMORY.take(zip.size('xl/sharedStrings.xml'));
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), READER_OPTIONS) as unknown as ExcelReaderParts;
    const part = (name: string, marker: string | null, maxGap: number) => Readable.from(zip!.text(name, marker, maxGap));
    if (zip.has('xl/_rels/workbook.xml.rels')) await reader._parseRels(part('xl/_rels/workbook.xml.rels', null, 0));
    if (zip.has('xl/workbook.xml')) await reader._parseWorkbook(part('xl/workbook.xml', null, 0));
    reader.properties ??= {};
    reader.sharedStrings = [];
    if (zip.has('xl/sharedStrings.xml')) {
      for await (const { text } of reader._parseSharedStrings(part('xl/sharedStrings.xml', '<si', limits.maxStringXmlChars))) {
        if (reader.sharedStrings.length >= limits.maxSharedStrings) {
          throw new FileProblem('FILE_TOO_LARGE', 'fileErrors.tooManyTexts', { max: limits.maxSharedStrings });
        }
        reader.sharedStrings.push(text);
      }
    }
    const sheet = firstSheet(reader, zip);
    if (!sheet) throw new FileProblem('BAD_XLSX', 'fileErrors.noWorksheet');
    for (const { value: worksheet } of reader._parseWorksheet(zip.text(sheet.path, '<row', limits.maxRowXmlChars), sheet.number)) {
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        while (values.length > 0 && (values[values.length - 1] === null || values[values.length - 1] === undefined)) values.pop();
        yield { line: row.number, cells: Array.from(values, plainCell) };
      }
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem('BAD_XLSX', DAMAGED);
  } finally {
    release();
    zip?.close();
    await file.remove();
  }
}

/** The first sheet in the workbook's order (through its relation), else the lowest-numbered sheet part. */
function firstSheet(reader: ExcelReaderParts, zip: ZipArchive): { path: string; number: string } | null {
  const rId = reader.model?.sheets?.[0]?.rId;
  const target = reader.workbookRels?.find((rel) => rel.Id === rId)?.Target;
  const fromWorkbook = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : null;
  const candidates = zip.names().filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  candidates.sort((a, b) => sheetNumber(a) - sheetNumber(b));
  const chosen = fromWorkbook && /^xl\/worksheets\/sheet\d+\.xml$/.test(fromWorkbook) && zip.has(fromWorkbook) ? fromWorkbook : candidates[0];
  return chosen ? { path: chosen, number: String(sheetNumber(chosen)) } : null;
}

function sheetNumber(name: string): number {
  return Number(/sheet(\d+)\.xml$/.exec(name)?.[1] ?? 0);
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
