import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportValue = string | number | boolean | null;

/**
 * Where exported rows go, one sheet after another, streamed to the response: CSV through
 * csv-stringify (one table only), XLSX through exceljs' streaming WorkbookWriter (one worksheet per
 * table). Neither keeps written rows in memory.
 */
export interface TableSink {
  table(name: string, headers: string[]): Promise<void>;
  row(values: ExportValue[]): Promise<void>;
  end(): Promise<void>;
}

export function tableSink(format: ExportFormat, out: Writable): TableSink {
  return format === 'csv' ? csvSink(out) : xlsxSink(out);
}

/**
 * A cell starting with = + - @ would run as a formula when the CSV is opened in Excel; a leading
 * apostrophe keeps it text (the import drops it again). Phone numbers like "+84…" are left alone.
 */
export function safeText(value: ExportValue): ExportValue {
  return typeof value === 'string' && /^[=+\-@]/.test(value) && !/^\+?\d+$/.test(value) ? `'${value}` : value;
}

function csvSink(out: Writable): TableSink {
  const csv = stringify({ bom: true, record_delimiter: '\r\n' });
  csv.pipe(out);
  const push = async (values: ExportValue[]) => {
    if (!csv.write(values.map((v) => (v === null ? '' : typeof v === 'boolean' ? String(v) : safeText(v))))) await drained(csv, out);
  };
  let tables = 0;
  return {
    async table(_name, headers) {
      if (tables++ > 0) throw new Error('a CSV export holds one table');
      await push(headers);
    },
    row: push,
    async end() {
      csv.end();
      await once(out, 'finish');
    },
  };
}

function xlsxSink(out: Writable): TableSink {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  let sheet: ExcelJS.Worksheet | null = null;
  let rows = 0;
  return {
    async table(name, headers) {
      sheet?.commit();
      sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length + 4) }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
    },
    async row(values) {
      sheet!.addRow(values.map((v) => safeText(v))).commit();
      // The zip stream is piped to the download, which pauses it when the client reads slowly, but exceljs
      // takes rows regardless: without this wait a slow client had the server hold most of the file.
      if (out.writableNeedDrain) await drained(out, out);
      // Lets the zip stream take what was committed now and then rather than queueing the whole workbook.
      else if (++rows % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    },
    async end() {
      sheet?.commit();
      await workbook.commit();
    },
  };
}

/**
 * Resolves when `stream` has room again; rejects when the download `out` closes first (the client went
 * away), so that the export stops rather than waiting for ever with its buffers held.
 */
function drained(stream: Writable, out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const closed = () => {
      stream.off('drain', room);
      reject(new Error('the download was closed before the export ended'));
    };
    const room = () => {
      out.off('close', closed);
      resolve();
    };
    if (out.destroyed) return closed();
    stream.once('drain', room);
    out.once('close', closed);
  });
}

/**
 * Opens the real sink (and so sends the status and headers) only when the first row is read from the
 * database, or at the end of an empty export: until then a failure, the database being away included,
 * can still answer a coded status (503 SERVICE_UNAVAILABLE) instead of a 200 cut short.
 */
export function deferredSink(open: () => TableSink): TableSink {
  let sink: TableSink | null = null;
  const tables: [string, string[]][] = [];
  const opened = async (): Promise<TableSink> => {
    if (sink) return sink;
    sink = open();
    for (const [name, headers] of tables) await sink.table(name, headers);
    return sink;
  };
  return {
    async table(name, headers) {
      if (sink) await sink.table(name, headers);
      else tables.push([name, headers]);
    },
    async row(values) {
      await (await opened()).row(values);
    },
    async end() {
      await (await opened()).end();
    },
  };
}
