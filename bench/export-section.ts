/**
 * Export memory (issue 17): every participant of the large province to CSV and to XLSX through the real
 * endpoint, each format in a server process of its own (started for it, signed-in token reused, so no
 * sign-in's argon2 memory lands in its figure), whose peak RSS over the export is the kernel's high-water
 * mark. The file is read as it arrives and its rows checked; rows/s is rows over the whole response time.
 */
import type { PortalProcess } from './portal-process';

export interface ExportResult {
  format: 'csv' | 'xlsx';
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  firstByteMs: number;
  peakRssMb: number;
  target: number;
  met: boolean;
}

export async function measureExport(start: () => Promise<PortalProcess>, headers: Record<string, string>, format: 'csv' | 'xlsx', expectedRows: number): Promise<ExportResult> {
  const portal = await start();
  try {
    const started = performance.now();
    const response = await fetch(`${portal.url}/api/export/participants.${format}`, { headers });
    if (!response.ok || !response.body) throw new Error(`export ${format}: HTTP ${response.status} ${await response.text()}`);
    let firstByteMs = 0;
    let bytes = 0;
    let newlines = 0;
    for await (const chunk of response.body) {
      const buffer = chunk as Uint8Array;
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += buffer.length;
      if (format === 'csv') for (const byte of buffer) if (byte === 10) newlines++;
    }
    const seconds = (performance.now() - started) / 1000;
    // CSV: a header line and one line per person (names hold no line breaks); XLSX is zipped, so only its size is seen.
    if (format === 'csv' && newlines !== expectedRows + 1) throw new Error(`the CSV export has ${newlines - 1} rows, expected ${expectedRows}`);
    const peakRssMb = portal.peakRssMb();
    return {
      format, rows: expectedRows, bytes, seconds: Math.round(seconds * 10) / 10, rowsPerSecond: Math.round(expectedRows / seconds),
      firstByteMs: Math.round(firstByteMs), peakRssMb, target: 300, met: peakRssMb < 300,
    };
  } finally {
    await portal.stop();
  }
}

export function exportMarkdown(results: ExportResult[]): string {
  return [
    '',
    '## Export memory (every participant of the large province, one server process per format)',
    '',
    '| format | rows | MB | seconds | rows/s | first byte ms | peak RSS MB | target | |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) =>
      `| ${r.format.toUpperCase()} | ${r.rows.toLocaleString('en')} | ${(r.bytes / 1e6).toFixed(1)} | ${r.seconds} | ${r.rowsPerSecond.toLocaleString('en')} | ${r.firstByteMs} | ${r.peakRssMb} | < ${r.target} MB | ${r.met ? 'met' : '**missed**'} |`),
    '',
  ].join('\n');
}
