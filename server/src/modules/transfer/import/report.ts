/** One problem with one cell (or one row when `column` is null), as the import report lists it. */
export interface RowError {
  row: number;
  column: string | null;
  value: string | null;
  message: string;
}

/** A row found again (in the file or in the district) and skipped or applied as an update. */
export interface DuplicateNote {
  row: number;
  action: 'skipped' | 'updated';
  reason: string;
}

export interface ImportReport {
  type: 'report';
  kind: string;
  mode: 'dry-run' | 'commit';
  fileName: string;
  /** True when the rows were written (commit, and no errors). */
  committed: boolean;
  rowsRead: number;
  created: number;
  updated: number;
  skipped: number;
  errorCount: number;
  /** The first MAX_LISTED errors; errorCount has them all. */
  errors: RowError[];
  duplicates: DuplicateNote[];
  /** A problem with the file as a whole: nothing is read further and nothing is written. */
  fileError: { code: string; message: string } | null;
}

export const MAX_LISTED = 1000;

/** Collects a report while the rows stream by, keeping at most MAX_LISTED entries of each list. */
export class ReportBuilder {
  readonly report: ImportReport;

  constructor(kind: string, mode: 'dry-run' | 'commit', fileName: string) {
    this.report = { type: 'report', kind, mode, fileName, committed: false, rowsRead: 0, created: 0, updated: 0, skipped: 0, errorCount: 0, errors: [], duplicates: [], fileError: null };
  }

  error(row: number, column: string | null, value: unknown, message: string): void {
    this.report.errorCount += 1;
    if (this.report.errors.length < MAX_LISTED) {
      this.report.errors.push({ row, column, value: value === null || value === undefined || value === '' ? null : String(value), message });
    }
  }

  duplicate(row: number, action: 'skipped' | 'updated', reason: string): void {
    if (action === 'skipped') this.report.skipped += 1;
    if (this.report.duplicates.length < MAX_LISTED) this.report.duplicates.push({ row, action, reason });
  }

  get hasErrors(): boolean {
    return this.report.errorCount > 0 || this.report.fileError !== null;
  }
}
