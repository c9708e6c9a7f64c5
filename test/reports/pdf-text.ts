import { spawnSync } from 'node:child_process';

/**
 * pdftotext (Debian's poppler-utils, installed by .ci/run) reads the PDFs as a real reader does. Without it a
 * developer's run skips the PDF tests; under CI=true they run and fail, so a CI without it cannot pass.
 */
export const pdfReaderMissing = spawnSync('pdftotext', ['-v']).error !== undefined && process.env.CI !== 'true';

/** The text of each page of a PDF, as pdftotext extracts it (pages are separated by form feeds). */
export function pdfPages(bytes: Buffer): string[] {
  const result = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: bytes, maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr.toString()}`);
  const pages = result.stdout.toString('utf8').split('\f');
  // The text ends with a form feed after the last page.
  return pages.at(-1)!.trim() === '' ? pages.slice(0, -1) : pages;
}
