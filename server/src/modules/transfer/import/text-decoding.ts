import iconv from 'iconv-lite';
import { FileProblem } from './sheet-row';

/**
 * Turns the uploaded bytes into text: UTF-8 with or without a BOM, or UTF-16 (LE/BE) with its BOM.
 * Anything else (Windows-1258, TCVN3, UTF-16 without a BOM) is refused rather than guessed, because
 * a wrong guess would silently store garbled names.
 */
export async function* decodeText(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decode: ((chunk: Buffer) => string) | null = null;
  let flush: () => string = () => '';
  for await (let chunk of bytes) {
    if (!decode) {
      const chosen = chooseDecoder(chunk);
      decode = chosen.decode;
      flush = chosen.flush;
      chunk = chunk.subarray(chosen.bomLength);
    }
    const text = decode(chunk);
    if (text) yield text;
  }
  const rest = flush();
  if (rest) yield rest;
}

function chooseDecoder(head: Buffer): { bomLength: number; decode: (chunk: Buffer) => string; flush: () => string } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { bomLength: 3, ...utf8() };
  if (head[0] === 0xff && head[1] === 0xfe) return { bomLength: 2, ...legacy('utf-16le') };
  if (head[0] === 0xfe && head[1] === 0xff) return { bomLength: 2, ...legacy('utf-16be') };
  if (head.subarray(0, 512).includes(0)) {
    throw new FileProblem('NOT_UTF8', 'fileErrors.utf16NoBom');
  }
  return { bomLength: 0, ...utf8() };
}

function utf8(): { decode: (chunk: Buffer) => string; flush: () => string } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const guard = (work: () => string) => {
    try {
      return work();
    } catch {
      throw new FileProblem('NOT_UTF8', 'fileErrors.notUtf8');
    }
  };
  return { decode: (chunk) => guard(() => decoder.decode(chunk, { stream: true })), flush: () => guard(() => decoder.decode()) };
}

function legacy(encoding: string): { decode: (chunk: Buffer) => string; flush: () => string } {
  const decoder = iconv.getDecoder(encoding);
  return { decode: (chunk) => decoder.write(chunk), flush: () => decoder.end() ?? '' };
}
