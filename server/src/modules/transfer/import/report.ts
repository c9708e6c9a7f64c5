import type { Violation } from '../../../../../shared/rules/violation';
import type { ImportKindName, ImportMode, ImportReport } from '../../../../../shared/import-report';
import { currentLanguage } from '../../../shared/language';
import { render, renderForField, type MessageParams } from '../../../shared/messages';

/**
 * What is wrong, as a catalogue key (shared/messages) and its parameters; `field` is the column's key,
 * whose label fills `{label}`. Rendered in the request's language when it enters the report.
 */
export interface Problem {
  key: string;
  params?: MessageParams;
  field?: string;
}
export const problemOf = (v: Violation): Problem => ({ key: `rules.${v.code}`, params: v.params, field: v.field });

function said(problem: Problem): string {
  return problem.field ? renderForField(problem.key, problem.field, problem.params) : render(problem.key, problem.params);
}

export const MAX_LISTED = 1000;
/** Characters kept of a listed cell value, of a message and of the file error's message: the report stays small. */
export const MAX_VALUE_CHARS = 200;
export const MAX_MESSAGE_CHARS = 500;
export const MAX_FILE_ERROR_CHARS = 2000;

/** The text cut to `max` characters, marked with an ellipsis when it was longer. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Collects a report while the rows stream by, keeping at most MAX_LISTED entries of each list. */
export class ReportBuilder {
  readonly report: ImportReport;

  constructor(kind: ImportKindName, mode: ImportMode, fileName: string) {
    this.report = {
      type: 'report',
      kind,
      mode,
      fileName,
      committed: false,
      rowsRead: 0,
      created: 0,
      updated: 0,
      skipped: 0,
      errorCount: 0,
      errors: [],
      duplicates: [],
      fileError: null,
    };
  }

  error(row: number, column: string | null, value: unknown, problem: Problem): void {
    this.report.errorCount += 1;
    if (this.report.errors.length < MAX_LISTED) {
      const shown = value === null || value === undefined || value === '' ? null : clip(String(value), MAX_VALUE_CHARS);
      this.report.errors.push({
        row,
        column: column === null ? null : clip(column, MAX_VALUE_CHARS),
        field: problem.field ?? null,
        value: shown,
        message: clip(said(problem), MAX_MESSAGE_CHARS),
        messageKey: problem.key,
        params: problem.params ?? {},
      });
    }
  }

  duplicate(row: number, action: 'skipped' | 'updated', problem: Problem): void {
    if (action === 'skipped') this.report.skipped += 1;
    if (this.report.duplicates.length < MAX_LISTED) {
      this.report.duplicates.push({ row, action, reason: clip(said(problem), MAX_MESSAGE_CHARS), messageKey: problem.key, params: problem.params ?? {} });
    }
  }

  fileError(code: string, key: string, params: MessageParams): void {
    // Params stay language-neutral: counts are written the caller's way (1.000.000 / 1,000,000), and what the
    // file looks like instead (params.kind: "png") is said in the caller's words ("một ảnh PNG").
    const locale = currentLanguage() === 'vi' ? 'vi-VN' : 'en';
    const shown = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? value.toLocaleString(locale) : value]));
    if (typeof params.kind === 'string') shown.what = render(`fileErrors.kinds.${params.kind}`);
    this.report.fileError = { code, message: clip(render(key, shown), MAX_FILE_ERROR_CHARS), messageKey: key, params };
  }

  get hasErrors(): boolean {
    return this.report.errorCount > 0 || this.report.fileError !== null;
  }
}
