import { FileProblem } from './sheet-row';

export type FileFormat = 'csv' | 'xlsx';

/** Passes the body through, refusing it once it grows past `limit` bytes (uploads without Content-Length). */
export async function* limitedBytes(source: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > limit) throw new FileProblem('FILE_TOO_LARGE', 'errors.fileTooLarge', { limit: formatMegabytes(limit) });
    yield buffer;
  }
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The first bytes of a body, and the whole body again (those bytes included) as a stream. */
export async function peek(source: AsyncIterable<Buffer>, wanted = 8): Promise<{ head: Buffer; body: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < wanted) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(seen);
  async function* body(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, body: body() };
}

const SIGNATURES: { bytes: number[]; kind: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'xls' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(head: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/**
 * Decides how to read the file from what it says it is (name, Content-Type) and what its first bytes
 * are, and refuses a file that is not what its name says with a message a district officer can act on.
 */
export function detectFormat(head: Buffer, fileName: string, contentType: string): FileFormat {
  if (head.length === 0) throw new FileProblem('EMPTY_FILE', 'fileErrors.emptyFile');
  const declared = declaredFormat(fileName, contentType);
  const zip = startsWith(head, ZIP);
  const binary = SIGNATURES.find((s) => startsWith(head, s.bytes));
  if (declared === 'xlsx' && !zip) {
    const kind = binary?.kind ?? 'text';
    throw new FileProblem('NOT_XLSX', kind === 'xls' ? 'fileErrors.namedXlsxButXls' : 'fileErrors.namedXlsx', { kind });
  }
  if (declared === 'xlsx' || zip) {
    if (!zip) throw new FileProblem('NOT_XLSX', 'fileErrors.notXlsx');
    return 'xlsx';
  }
  if (binary) throw new FileProblem('NOT_CSV', 'fileErrors.namedCsv', { kind: binary.kind });
  return 'csv';
}

function declaredFormat(fileName: string, contentType: string): FileFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  if (contentType.includes('spreadsheetml')) return 'xlsx';
  if (contentType.startsWith('text/')) return 'csv';
  return null;
}
