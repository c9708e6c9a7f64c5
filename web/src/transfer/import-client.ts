import { readNdjson } from './ndjson';
import { uiLanguage } from '../i18n';
import type { ImportKindName, ImportMode, ImportReport } from '../../../shared/import-report';

export type Duplicates = 'skip' | 'update';

export interface ImportRequest {
  kind: ImportKindName;
  mode: ImportMode;
  duplicates: Duplicates;
  file: File;
  districtId?: number | null;
  activityId?: number | null;
}

/** A refusal before any row was read (401, 403, 404, 400, 413), or a server fault in mid-stream. */
export class ImportFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function importUrl(request: Omit<ImportRequest, 'file'>): string {
  const params = new URLSearchParams({ mode: request.mode, duplicates: request.duplicates });
  if (request.districtId) params.set('districtId', String(request.districtId));
  if (request.kind === 'attendance' && request.activityId) params.set('activityId', String(request.activityId));
  return `/api/import/${request.kind}?${params}`;
}

/**
 * Sends the file's raw bytes and follows the NDJSON answer: `onProgress(rowsRead)` for each progress
 * line, and the report (always the last line) as the result. The session cookie authenticates.
 */
export async function runImport(request: ImportRequest, onProgress: (rowsRead: number) => void, fetchImpl: typeof fetch = fetch): Promise<ImportReport> {
  const isXlsx = /\.xlsx$/i.test(request.file.name);
  const response = await fetchImpl(importUrl(request), {
    method: 'POST',
    credentials: 'same-origin',
    // X-Requested-With tells the server this POST is the portal's own: it refuses cross-site ones without it (server/src/http/cross-site.ts).
    headers: {
      'content-type': isXlsx ? XLSX : 'text/csv',
      'x-filename': encodeURIComponent(request.file.name),
      'x-requested-with': 'portal-135',
      'accept-language': uiLanguage(),
    },
    body: request.file,
  });
  if (response.status !== 200 || !response.body) {
    const answer = (await response.json().catch(() => null)) as { error?: { code: string; message: string; field?: string } } | null;
    throw new ImportFailure(answer?.error?.code ?? `HTTP_${response.status}`, answer?.error?.message ?? response.statusText, answer?.error?.field);
  }
  let report = null as ImportReport | null;
  await readNdjson(response.body, (message) => {
    const line = message as { type: string; rowsRead?: number; code?: string; message?: string };
    if (line.type === 'progress') onProgress(line.rowsRead ?? 0);
    else if (line.type === 'report') report = message as ImportReport;
    else if (line.type === 'error') throw new ImportFailure(line.code ?? 'INTERNAL_SERVER_ERROR', line.message ?? '');
  });
  if (!report) throw new ImportFailure('INTERRUPTED', 'The answer ended before the report');
  return report;
}

/**
 * How many data rows the file probably holds, for the progress bar (the server only says how many
 * it has read). A CSV is counted by its line ends; an XLSX is compressed, so its size gives a guess.
 */
export async function estimateRows(file: File): Promise<number> {
  if (/\.xlsx$/i.test(file.name)) return Math.max(1, Math.round(file.size / 40));
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lines = 0;
  for (const b of bytes) if (b === 10) lines += 1;
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) lines += 1;
  return Math.max(1, lines - 1);
}

/** The export of a list with the page's filters (empty ones left out). */
export function exportUrl(
  kind: 'participants' | 'villages' | 'activities',
  format: 'csv' | 'xlsx',
  filters: Record<string, string | number | boolean | null | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const query = params.toString();
  return `/api/export/${kind}.${format}${query ? `?${query}` : ''}`;
}
