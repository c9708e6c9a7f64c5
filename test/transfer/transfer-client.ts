import ExcelJS from 'exceljs';
import type { Headers, TenantFixture } from '../helpers/tenant-fixture';
import type { ImportReport } from '../../shared/import-report';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadResult {
  status: number;
  /** The NDJSON lines (progress, then the report), or the JSON error body. */
  lines: Record<string, unknown>[];
  report: ImportReport;
  error?: { code: string; message: string };
}

/** POSTs a file to /api/import/:kind as the raw body, the way the web's import screen does. */
export async function upload(
  f: TenantFixture,
  kind: string,
  body: Buffer | string,
  options: { as: Headers; name?: string; query?: Record<string, string | number>; contentType?: string; language?: string },
): Promise<UploadResult> {
  const name = options.name ?? `${kind}.csv`;
  const query = new URLSearchParams({ mode: 'dry-run', ...Object.fromEntries(Object.entries(options.query ?? {}).map(([k, v]) => [k, String(v)])) });
  const response = await fetch(`${f.server.url}/api/import/${kind}?${query}`, {
    method: 'POST',
    headers: {
      ...options.as,
      'content-type': options.contentType ?? (name.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv'),
      'x-filename': encodeURIComponent(name),
      ...(options.language ? { 'accept-language': options.language } : {}),
    },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await response.text();
  if (!response.headers.get('content-type')?.includes('ndjson')) {
    const parsed = JSON.parse(text) as { error: { code: string; message: string } };
    return { status: response.status, lines: [parsed], report: undefined as never, error: parsed.error };
  }
  const lines = text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: response.status, lines, report: lines[lines.length - 1] as unknown as ImportReport };
}

export async function download(f: TenantFixture, path: string, as: Headers): Promise<{ status: number; body: Buffer; type: string | null }> {
  const response = await fetch(`${f.server.url}${path}`, { headers: as });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') };
}

/** A workbook built in memory: rows of the first sheet, plus optional tweaks (merges, formulas). */
export async function workbook(rows: unknown[][], tweak: (sheet: ExcelJS.Worksheet) => void = () => undefined): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Dữ liệu');
  for (const row of rows) sheet.addRow(row);
  tweak(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The rows of every sheet of an .xlsx file, as plain values. */
export async function readWorkbook(body: Buffer): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as never);
  const sheets: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[sheet.name] = rows;
  });
  return sheets;
}

export const PARTICIPANT_HEADER = 'Họ và tên,Giới tính,Năm sinh,Dân tộc,Đối tượng,Chức vụ,Mã xã,Xã,Thôn/bản,Số điện thoại,Số CCCD/CMND';

/** A CSV of `count` generated participants of the given commune (unique names and ID numbers). */
export function participantsCsv(count: number, commune: { code: string; name: string }, start = 0): string {
  const lines = [PARTICIPANT_HEADER];
  for (let i = start; i < start + count; i++) {
    const gender = i % 2 === 0 ? 'Nữ' : 'Nam';
    lines.push(`Người Thử ${i},${gender},${1960 + (i % 40)},Tày,Người dân,,${commune.code},${commune.name},,,${String(100_000_000_000 + i).padStart(12, '0')}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
