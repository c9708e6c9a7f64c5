import { QueryFailedError } from 'typeorm';
import type { RequestSession } from '../../../session/request-session';
import type { Writer } from '../../../session/writer';
import { recordAudit } from '../../../domain/audit/audit-trail';
import { AuditEntry } from '../../../domain/audit/audit-entry.entity';
import type { ImportTrail } from './traced-updates';
import { headingScore, mapColumns, type ColumnMap } from './columns';
import type { DuplicatePolicy, ImportKind, KindImporter, RowCells } from './import-kind';
import { Places } from './places';
import { ReportBuilder } from './report';
import type { ImportMode, ImportReport } from '../../../../../shared/import-report';
import { csvRows } from './csv-rows';
import { xlsxRows } from './xlsx-rows';
import { detectFormat, limitedBytes, peek } from './upload';
import type { UploadSpool } from './upload-spool';
import { UPLOAD_LIMITS } from './upload-limits';
import { FileProblem, isBlank, type Cell, type SheetRow } from './sheet-row';
import { cellText } from './value-parsers';

export interface ImportRequest {
  kind: ImportKind;
  mode: ImportMode;
  duplicates: DuplicatePolicy;
  /** The one district every row lands in, already checked to be in the caller's scope. */
  districtId: number;
  activityId: number | null;
  fileName: string;
  contentType: string;
  maxBytes: number;
  /** Where a workbook is kept while it is read. */
  spool: UploadSpool;
}

/** Rows checked between two comparisons with the database, and between two progress lines. */
export const SETTLE_EVERY = 1000;
/** The heading row is looked for among the first rows (a title row above it is common). */
const HEADING_SEARCH_ROWS = 10;

/**
 * Reads an upload as a stream and checks every row. A commit writes all rows in one transaction or
 * none: the transaction is opened before the first row and each checked batch is written while the
 * next one is read (the database's work overlaps the parsing); a single row error stops the writing
 * and rolls everything back at the end, as does a file problem found half-way.
 */
export async function runImport(
  session: RequestSession,
  request: ImportRequest,
  body: AsyncIterable<Buffer | string>,
  onProgress: (rowsRead: number) => void = () => undefined,
): Promise<ImportReport> {
  const builder = new ReportBuilder(request.kind.name, request.mode, request.fileName);
  try {
    const target = session.narrowedTo(request.districtId);
    const places = await Places.load(target);
    const trail: ImportTrail = { caller: session.caller, importId: null };
    const { districtId, duplicates, activityId } = request;
    const context = { session, target, districtId, duplicates, report: builder, places, activityId, trail };
    const importer = await request.kind.open(context);
    if (request.mode === 'commit') await commitWhileReading(target, request, body, importer, builder, onProgress, trail);
    else {
      await readAll(request, body, importer, builder, onProgress, null);
      assertSomeRows(builder);
    }
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    builder.fileError(error.code, error.key, error.params);
  }
  // Cell checks and database comparisons find errors at different times: list them in row order.
  builder.report.errors.sort((a, b) => a.row - b.row);
  return builder.report;
}

function assertSomeRows(builder: ReportBuilder): void {
  if (builder.report.rowsRead === 0) throw new FileProblem('NO_ROWS', 'fileErrors.noDataRows');
}

/** Thrown inside the transaction to roll it back when rows had errors; not an error of the request. */
const ROLL_BACK = new Error('the import has row errors: roll back');

async function commitWhileReading(
  target: RequestSession,
  request: ImportRequest,
  body: AsyncIterable<Buffer | string>,
  importer: KindImporter,
  builder: ReportBuilder,
  onProgress: (rowsRead: number) => void,
  trail: ImportTrail,
): Promise<void> {
  const summary = () => ({
    kind: request.kind.name,
    fileName: request.fileName,
    rows: builder.report.rowsRead,
    created: builder.report.created,
    updated: builder.report.updated,
    skipped: builder.report.skipped,
    activityId: request.activityId,
  });
  try {
    await target.write(
      async (w) => {
        // One entry for the whole import rather than one per row: the log stays readable and the import
        // fast; the entry says what came in, how many rows and from which file. It is written first so
        // that the rows the import updates are recorded under it (traced-updates.ts); its counts at the end.
        const facts = { entity: 'Import', entityId: 0, districtId: request.districtId, action: 'CREATE' as const, before: null, after: summary() };
        const entry = await recordAudit(w.tx, trail.caller, facts);
        trail.importId = entry.id;
        await readAll(request, body, importer, builder, onProgress, w);
        assertSomeRows(builder);
        if (builder.hasErrors) throw ROLL_BACK;
        await importer.write(w);
        await w.tx.getRepository(AuditEntry).save(Object.assign(entry, { after: summary() }));
        // The upload is read while writing: the stream cannot be read a second time.
      },
      { rerunnable: false },
    );
    builder.report.committed = true;
  } catch (error) {
    if (error === ROLL_BACK) return;
    // Someone registered one of these ID numbers (or villages) between the check and the write: the
    // transaction is rolled back whole and the file can simply be imported again.
    if (!isUniqueViolation(error)) throw error;
    throw new FileProblem('CHANGED_MEANWHILE', 'fileErrors.changedMeanwhile');
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Reads every row; with `w` (a commit) each settled batch is also written, as long as no row failed. */
async function readAll(
  request: ImportRequest,
  body: AsyncIterable<Buffer | string>,
  importer: KindImporter,
  builder: ReportBuilder,
  onProgress: (rowsRead: number) => void,
  w: Writer | null,
): Promise<void> {
  const { head, body: bytes } = await peek(limitedBytes(body, request.maxBytes));
  const format = detectFormat(head, request.fileName, request.contentType);
  const rows = bounded(format === 'xlsx' ? xlsxRows(bytes, request.spool) : csvRows(bytes));
  let columns: ColumnMap | null = null;
  const pipeline = new BatchPipeline(importer, builder, w);
  const headers = new Map(request.kind.columns.map((c) => [c.key, c.header]));
  const before: SheetRow[] = [];
  const settleHeading = async (heading: SheetRow) => {
    columns = mapColumns(heading.cells, request.kind.columns, request.kind.oneOf);
    for (const early of before.filter((r) => r.line > heading.line)) await take(early);
  };
  try {
    for await (const row of rows) {
      if (row.cells.every(isBlank)) continue;
      if (columns) {
        await take(row);
        continue;
      }
      before.push(row);
      const heading = before.find((r) => isHeadingRow(r.cells, request.kind));
      if (heading || before.length >= HEADING_SEARCH_ROWS) await settleHeading(heading ?? before[0]);
    }
    if (!columns) {
      if (before.length === 0) throw new FileProblem('NO_ROWS', 'fileErrors.noHeading');
      await settleHeading(before[0]);
    }
  } catch (error) {
    // Let a batch still being written finish before the transaction is rolled back under it.
    await pipeline.drain().catch(() => undefined);
    throw error;
  }
  await pipeline.drain();
  await importer.settle(w);

  async function take(row: SheetRow): Promise<void> {
    builder.report.rowsRead += 1;
    const cells = rowCells(row, columns!, headers, builder);
    if (cells) importer.check(cells);
    if (builder.report.rowsRead % SETTLE_EVERY === 0) {
      await pipeline.next();
      onProgress(builder.report.rowsRead);
    }
  }
}

/**
 * Overlaps the three stages of a large import: parsing batch N+1 (here, in Node), comparing batch N
 * with the database (look-ups on a pooled connection) and writing batch N−1 (on the transaction's
 * connection). At most one comparison and one write are in flight, so memory stays bounded. The
 * importer takes its batch synchronously when settle() is called, so batches never mix.
 */
class BatchPipeline {
  private settling: Promise<void> = Promise.resolve();
  private writing: Promise<void> = Promise.resolve();
  private writingBefore: Promise<void> = Promise.resolve();

  constructor(
    private readonly importer: KindImporter,
    private readonly builder: ReportBuilder,
    private readonly w: Writer | null,
  ) {}

  async next(): Promise<void> {
    await this.settling;
    await this.writingBefore;
    const settled = this.importer.settle(this.w);
    const previous = this.writing;
    this.settling = settled;
    this.writingBefore = previous;
    this.writing = Promise.all([settled, previous]).then(() => (this.w && !this.builder.hasErrors ? this.importer.write(this.w) : undefined));
    // Awaited (and so thrown) at the next batch or in drain(); marked handled meanwhile.
    this.settling.catch(() => undefined);
    this.writing.catch(() => undefined);
  }

  async drain(): Promise<void> {
    await this.settling;
    await this.writingBefore;
    await this.writing;
  }
}

/** Every row of either format, refused past the row and column limits before it is looked at. */
async function* bounded(rows: AsyncIterable<SheetRow>): AsyncGenerator<SheetRow> {
  let count = 0;
  for await (const row of rows) {
    count += 1;
    if (count > UPLOAD_LIMITS.maxRows) {
      throw new FileProblem('TOO_MANY_ROWS', 'fileErrors.tooManyRows', { max: UPLOAD_LIMITS.maxRows });
    }
    const width = row.cells.findLastIndex((cell) => !isBlank(cell)) + 1;
    if (width > UPLOAD_LIMITS.maxColumns) {
      throw new FileProblem('TOO_MANY_COLUMNS', 'fileErrors.tooManyColumns', { row: row.line, count: width, max: UPLOAD_LIMITS.maxColumns });
    }
    yield row;
  }
}

/** Mostly template headings (at least two, or all of a row's cells): a title row above it is passed over. */
function isHeadingRow(cells: Cell[], kind: ImportKind): boolean {
  const score = headingScore(cells, kind.columns);
  return score >= 2 || (score >= 1 && score === cells.filter((c) => !isBlank(c)).length);
}

/** A row as the importer reads it, or null when formulas or values under no heading make it unreadable. */
function rowCells(row: SheetRow, columns: ColumnMap, headers: Map<string, string>, builder: ReportBuilder): RowCells | null {
  const header = (key: string | null) => (key ? (headers.get(key) ?? key) : null);
  const cell = (key: string): Cell => {
    const index = columns.index.get(key);
    return index === undefined ? null : (row.cells[index] ?? null);
  };
  let formulas = false;
  for (const [key, index] of columns.index) {
    const value = row.cells[index];
    if (value && typeof value === 'object') {
      builder.error(row.line, header(key), value.formula, { key: 'import.formula', field: key });
      formulas = true;
    } else if (typeof value === 'string' && value.startsWith('=') && value.length > 1) {
      builder.error(row.line, header(key), value, { key: 'import.formula', field: key });
      formulas = true;
    }
  }
  const stray = row.cells.some((value, index) => !isBlank(value) && (index >= columns.width || columns.headless.includes(index)));
  if (stray) builder.error(row.line, null, null, { key: 'import.strayValues' });
  if (formulas || stray) return null;
  return {
    line: row.line,
    cell,
    text: (key) => cellText(cell(key)),
    error: (key, problem) => builder.error(row.line, header(key), key ? displayValue(cell(key)) : null, key ? { field: key, ...problem } : problem),
  };
}

function displayValue(cell: Cell): string | null {
  if (cell === null) return null;
  return typeof cell === 'object' ? cell.formula : String(cell);
}
