/**
 * Export memory (issue 17): every participant of the large province, and of the big province when the
 * database has one (`--bigProvince`, 1,000,000 people), to CSV and to XLSX through the real endpoint as
 * that province's admin, each export in a server process of its own (started for it, signed-in token
 * reused, so no sign-in's argon2 memory lands in its figure), whose peak RSS over the export is the
 * kernel's high-water mark. The file is read as it arrives and its rows checked; rows/s is rows over the
 * whole response time.
 */
import type mysql from 'mysql2/promise';
import type { PortalProcess } from './portal-process';
import { BIG_PROVINCE_ADMIN, BIG_PROVINCE_CODE } from '../seeds/scale/sizes';

/** Whose people are exported: a province admin's sign-in and how many people the province has. */
export interface ExportCase {
  province: string;
  headers: Record<string, string>;
  rows: number;
}

export interface ExportResult {
  province: string;
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

/** The big province's id and size, or null when the database was seeded without one. */
export async function bigProvinceOf(pool: Pick<mysql.Pool, 'query'>): Promise<{ id: number; participants: number } | null> {
  const [rows] = await pool.query<mysql.RowDataPacket[]>(
    'SELECT pr.id, (SELECT COUNT(*) FROM participant p JOIN district d ON d.id = p.districtId WHERE d.provinceId = pr.id) AS n ' +
      'FROM province pr WHERE pr.code = ?',
    [BIG_PROVINCE_CODE],
  );
  return rows.length === 0 ? null : { id: Number(rows[0].id), participants: Number(rows[0].n) };
}

/** Signs in as the big province's admin (through `signIn`, on a server whose memory is not measured) when there is one. */
export async function bigProvinceCase(pool: mysql.Pool, signIn: (username: string) => Promise<Record<string, string>>): Promise<ExportCase | null> {
  const big = await bigProvinceOf(pool);
  if (!big) {
    console.log(`big province: absent from this database (no province coded ${BIG_PROVINCE_CODE}); its export is not measured`);
    return null;
  }
  return { province: `big province (${big.id})`, headers: await signIn(BIG_PROVINCE_ADMIN), rows: big.participants };
}

/** Each case to CSV then XLSX; a missing big province is carried as null so the report says so. */
export async function measureExports(start: () => Promise<PortalProcess>, cases: readonly (ExportCase | null)[]): Promise<ExportReport> {
  const results: ExportResult[] = [];
  for (const c of cases) {
    if (!c) continue;
    for (const format of ['csv', 'xlsx'] as const) {
      results.push(await measureExport(start, c, format));
      const r = results[results.length - 1];
      console.log(`export ${c.province} ${format}: ${r.rowsPerSecond} rows/s, peak RSS ${r.peakRssMb} MB (${r.met ? 'met' : 'missed'})`);
    }
  }
  return { results, bigProvinceAbsent: cases.includes(null) };
}

export interface ExportReport {
  results: ExportResult[];
  bigProvinceAbsent: boolean;
}

async function measureExport(start: () => Promise<PortalProcess>, of: ExportCase, format: 'csv' | 'xlsx'): Promise<ExportResult> {
  const { headers, rows: expectedRows } = of;
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
      province: of.province,
      format,
      rows: expectedRows,
      bytes,
      seconds: Math.round(seconds * 10) / 10,
      rowsPerSecond: Math.round(expectedRows / seconds),
      firstByteMs: Math.round(firstByteMs),
      peakRssMb,
      target: 300,
      met: peakRssMb < 300,
    };
  } finally {
    await portal.stop();
  }
}

export function exportMarkdown({ results, bigProvinceAbsent }: ExportReport): string {
  return [
    '',
    '## Export memory (every participant of a province, one server process per export)',
    '',
    '| province | format | rows | MB | seconds | rows/s | first byte ms | peak RSS MB | target | |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) => {
      const size = [r.rows.toLocaleString('en'), (r.bytes / 1e6).toFixed(1)];
      const speed = [r.seconds, r.rowsPerSecond.toLocaleString('en'), r.firstByteMs];
      return `| ${[r.province, r.format.toUpperCase(), ...size, ...speed, r.peakRssMb, `< ${r.target} MB`, r.met ? 'met' : '**missed**'].join(' | ')} |`;
    }),
    ...(bigProvinceAbsent
      ? [
          '',
          'Big province: **absent** from this database, so the 1,000,000-row export was not measured ' +
            '(add it: `npm run seed:scale:big -- --url … --people 1000000`).',
        ]
      : []),
    '',
  ].join('\n');
}
