import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { decodeText } from './text-decoding';
import { FileProblem, type SheetRow } from './sheet-row';
import { UPLOAD_LIMITS } from './upload-limits';

/**
 * Streams the rows of a CSV upload. The delimiter is taken from the header line: Excel writes ";" in
 * locales whose decimal mark is a comma, "," elsewhere, and some tools write tabs.
 */
export async function* csvRows(bytes: AsyncIterable<Buffer>): AsyncGenerator<SheetRow> {
  const text = decodeText(bytes);
  const first = await text.next();
  if (first.done) return;
  async function* all(): AsyncGenerator<string> {
    yield first.value as string;
    yield* text;
  }
  // A record is built whole in memory: a 2 MB heading of a million columns must stop at the limit.
  const parser = parse({
    delimiter: guessDelimiter(first.value as string),
    relax_column_count: true,
    skip_empty_lines: false,
    relax_quotes: true,
    max_record_size: UPLOAD_LIMITS.maxCsvRecordChars,
  });
  const source = Readable.from(all());
  // pipe() does not pass errors on: a decoding error half-way (legacy bytes) must end the parse too.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      yield { line, cells: record };
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw new FileProblem('ROW_TOO_LONG', 'fileErrors.rowTooLong', { row: line + 1, max: UPLOAD_LIMITS.maxCsvRecordChars });
    }
    // The parser's own words (English) stay in params for whoever reads the report by program.
    throw new FileProblem('BAD_CSV', 'fileErrors.badCsv', { row: line, detail: (error as Error).message.slice(0, 200) });
  }
}

function guessDelimiter(start: string): string {
  const header = start.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}
