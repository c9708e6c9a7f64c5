/**
 * The last line of an import's NDJSON answer (docs/IMPORT.md), as the server builds it
 * (server/src/modules/transfer/import/report.ts) and the web shows it (web/src/components/ImportReportView.vue).
 * One definition, so a field the server adds or renames is a type error in the web as well.
 */

/** A message's parameters, filling its {placeholders}. */
export type ReportParams = Record<string, string | number>;

/** The kinds of import, by their name in the URL (/api/import/:kind) and the template's file name. */
export type ImportKindName = 'participants' | 'villages' | 'attendance';

export type ImportMode = 'dry-run' | 'commit';

/** One problem with one cell (or one row when `column` is null), as the import report lists it. */
export interface RowError {
  /** The spreadsheet's row number. */
  row: number;
  /** The column's heading as the file wrote it. */
  column: string | null;
  /** The column's key (e.g. "birthYear"), as the API's errors name fields. */
  field: string | null;
  value: string | null;
  message: string;
  messageKey: string;
  params: ReportParams;
}

/** A row found again (in the file or in the district) and skipped or applied as an update. */
export interface DuplicateNote {
  row: number;
  action: 'skipped' | 'updated';
  reason: string;
  messageKey: string;
  params: ReportParams;
}

export interface ImportReport {
  type: 'report';
  kind: ImportKindName;
  mode: ImportMode;
  fileName: string;
  /** True when the rows were written (commit, and no errors). */
  committed: boolean;
  rowsRead: number;
  created: number;
  updated: number;
  skipped: number;
  errorCount: number;
  /** The first rows in error (the server caps the list); errorCount has them all. */
  errors: RowError[];
  duplicates: DuplicateNote[];
  /** A problem with the file as a whole, said in the request's language: nothing is read further and nothing is written. */
  fileError: { code: string; message: string; messageKey: string; params: ReportParams } | null;
}
