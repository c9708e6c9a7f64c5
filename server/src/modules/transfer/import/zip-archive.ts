import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { FileProblem } from './sheet-row';
import { formatMegabytes } from './upload';
import type { MessageParams } from '../../../shared/messages';
import type { UploadLimits } from './upload-limits';

/** An .xlsx upload opened by its central directory, whose declared sizes were checked against the limits. */
export interface ZipArchive {
  has: (name: string) => boolean;
  names: () => string[];
  /** The inflated size the central directory declares (0 for a missing part). */
  size: (name: string) => number;
  /**
   * The part's text, inflated as it is read. yauzl counts the inflated bytes and fails the stream past
   * the declared size (which was checked), so a lying archive stops there. With a `marker`, more than
   * `maxGap` characters without it (one huge row or string, built whole in memory by the reader) stop too.
   */
  text: (name: string, marker: string | null, maxGap: number) => AsyncGenerator<string>;
  close: () => void;
}

const tooLarge = (key: string, params: MessageParams) => new FileProblem('FILE_TOO_LARGE', key, params);

export async function openZip(file: string, limits: UploadLimits): Promise<ZipArchive> {
  const options: yauzl.Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(file, options, (error, opened) => (error ? reject(error) : resolve(opened))));
  try {
    if (zip.entryCount > limits.maxZipEntries) throw tooLarge('fileErrors.tooManyParts', { count: zip.entryCount, max: limits.maxZipEntries });
    const entries = await readDirectory(zip);
    checkSizes(entries, limits);
    return {
      has: (name) => entries.has(name),
      names: () => [...entries.keys()],
      size: (name) => entries.get(name)?.uncompressedSize ?? 0,
      text: (name, marker, maxGap) => partText(zip, entries.get(name)!, marker, maxGap),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function readDirectory(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Declared sizes, before a byte is inflated: each part, all parts together, and how far each inflates. */
function checkSizes(entries: Map<string, yauzl.Entry>, limits: UploadLimits): void {
  let total = 0;
  for (const [name, entry] of entries) {
    const size = entry.uncompressedSize;
    total += size;
    const small = /^xl\/(_rels\/)?workbook\.xml(\.rels)?$/.test(name);
    const cap = name === 'xl/sharedStrings.xml' ? limits.maxSharedStringsBytes : small ? limits.maxSmallPartBytes : limits.maxPartBytes;
    if (size > cap) throw tooLarge('fileErrors.partTooLarge', { part: shortName(name), size: formatMegabytes(size), limit: formatMegabytes(cap) });
    if (size > limits.ratioAppliesAbove && size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
      throw tooLarge('fileErrors.partRatio', { part: shortName(name), ratio: limits.maxRatio });
    }
    if (entry.isEncrypted()) throw new FileProblem('BAD_XLSX', 'fileErrors.passwordProtected');
  }
  if (total > limits.maxTotalBytes) {
    throw tooLarge('fileErrors.unpackedTooLarge', { size: formatMegabytes(total), limit: formatMegabytes(limits.maxTotalBytes) });
  }
}

function shortName(name: string): string {
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
}

async function* partText(zip: yauzl.ZipFile, entry: yauzl.Entry, marker: string | null, maxGap: number): AsyncGenerator<string> {
  const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))));
  // Chunks are decoded as one text, so a Vietnamese letter split between two chunks stays whole.
  const decoder = new TextDecoder('utf-8');
  let sinceMarker = 0;
  let carry = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (marker) {
        const window = carry + text;
        const last = window.lastIndexOf(marker);
        sinceMarker = last >= 0 ? window.length - last : sinceMarker + text.length;
        if (sinceMarker > maxGap) throw tooLarge('fileErrors.textTooLong', { limit: formatMegabytes(maxGap) });
        carry = window.slice(-marker.length);
      }
      yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    if (/too many bytes/.test(String((error as Error).message))) {
      throw new FileProblem('BAD_XLSX', 'fileErrors.partLies', { part: shortName(entry.fileName) });
    }
    throw error;
  } finally {
    stream.destroy();
  }
}
