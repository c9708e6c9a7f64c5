import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Hostile uploads, built byte by byte in the tests (no downloaded fixtures): zip bombs that look like
 * workbooks, and CSV headings of absurd width.
 */
export interface ZipPart {
  name: string;
  /** The part's bytes, or an already deflated stream with its true inflated size (a bomb). */
  data: Buffer | { deflated: Buffer; size: number };
  /** Declares this inflated size in the headers instead of the true one (a lying archive). */
  declaredSize?: number;
}

/** A ZIP archive (deflate, no data descriptors) of the parts in the given order. */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = Buffer.isBuffer(part.data) ? part.data : null;
    const deflated = raw ? zlib.deflateRawSync(raw) : (part.data as { deflated: Buffer }).deflated;
    const size = part.declaredSize ?? (raw ? raw.length : (part.data as { size: number }).size);
    const crc = raw ? zlib.crc32(raw) : 0;
    const name = Buffer.from(part.name);
    const fields = [
      [0x0800, 2],
      [8, 2],
      [0, 4],
      [crc, 4],
      [deflated.length, 4],
      [size, 4],
      [name.length, 2],
    ] as const;
    const local = header(30, 0x04034b50, [[20, 2], ...fields]);
    const central = header(46, 0x02014b50, [[20, 2], [20, 2], ...fields, [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header(22, 0x06054b50, [
    [0, 2],
    [0, 2],
    [parts.length, 2],
    [parts.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** A ZIP header: its signature, then each value little-endian in `bytes` bytes, one after another. */
function header(size: number, signature: number, values: readonly (readonly [number, 2 | 4])[]): Buffer {
  const buffer = Buffer.alloc(size);
  buffer.writeUInt32LE(signature, 0);
  let at = 4;
  for (const [value, bytes] of values) {
    if (bytes === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value, at);
    at += bytes;
  }
  return buffer;
}

/**
 * A deflate stream that inflates to `head`, then `block` repeated `times`, then `tail`, without ever
 * holding the inflated bytes: each block is deflated once after a full flush (no back-references
 * across it), so its compressed form can simply be repeated.
 */
export function repeatedDeflate(head: string, block: string, times: number, tail: string): { deflated: Buffer; size: number } {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const blockBytes = Buffer.from(block);
  const deflatedBlock = zlib.deflateRawSync(blockBytes, flush);
  const pieces = [zlib.deflateRawSync(Buffer.from(head), flush), ...Array<Buffer>(times).fill(deflatedBlock), zlib.deflateRawSync(Buffer.from(tail))];
  return { deflated: Buffer.concat(pieces), size: Buffer.byteLength(head) + blockBytes.length * times + Buffer.byteLength(tail) };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook has besides its sheet (and shared strings). */
export function workbookParts(withSharedStrings = false): ZipPart[] {
  const text = (name: string, xml: string): ZipPart => ({ name, data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`) });
  const relation = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${OFFICE_RELS}/${type}" Target="${target}"/>`;
  const sharedRel = withSharedStrings ? relation('rId2', 'sharedStrings', 'sharedStrings.xml') : '';
  return [
    text('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    text('_rels/.rels', `<Relationships xmlns="${RELS}">${relation('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`),
    text('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    text('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${RELS}">${relation('rId1', 'worksheet', 'worksheets/sheet1.xml')}${sharedRel}</Relationships>`),
  ];
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

/** One row of inline text cells, as a worksheet part holds it. */
export function sheetRow(line: number, cells: string[]): string {
  const cell = (text: string, i: number) => `<c r="${String.fromCharCode(65 + i)}${line}" t="inlineStr"><is><t>${text}</t></is></c>`;
  return `<row r="${line}">${cells.map(cell).join('')}</row>`;
}

/** A worksheet part of `mebibytes` MiB, nearly all blank space between its tags: about 1,000 to 1 deflated. */
export function sheetBomb(mebibytes: number): { deflated: Buffer; size: number } {
  return repeatedDeflate(SHEET_HEAD, ' '.repeat(1 << 20), mebibytes, SHEET_TAIL);
}

/** A shared-strings part of ~`mebibytes` MiB of short texts: millions of strings from a small file. */
export function sharedStringsOfMebibytes(mebibytes: number): { deflated: Buffer; size: number } {
  const si = '<si><t>Nguyễn Văn An</t></si>';
  const block = si.repeat(Math.floor((1 << 20) / Buffer.byteLength(si)));
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}">`;
  return repeatedDeflate(head, block, mebibytes, '</sst>');
}

export function sheetPart(rows: string[]): ZipPart {
  return { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(SHEET_HEAD + rows.join('') + SHEET_TAIL) };
}

/** A CSV whose heading row has `columns` one-letter columns (2 bytes each). */
export function wideCsvHeading(columns: number): Buffer {
  return Buffer.from(`${'a,'.repeat(columns - 1)}a\r\nx\r\n`);
}

/** Every file left under `dir` (recursively): what an upload left behind. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
