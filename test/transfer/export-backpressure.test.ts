import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { tableSink, type ExportFormat, type TableSink } from '../../server/src/modules/transfer/export/table-sink';

/** A download whose reader stops: writes are held until `release()`, as a socket holds them while the client reads nothing. */
class HeldDownload extends Writable {
  private held: (() => void)[] = [];
  private open = false;
  readonly chunks: Buffer[] = [];

  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    if (this.open) done();
    else this.held.push(done);
  }

  release(): void {
    this.open = true;
    for (const done of this.held.splice(0)) done();
  }
}

const ROWS = 20_000;
const HEADERS = ['Họ và tên', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Đối tượng', 'Chức vụ', 'Mã xã', 'Xã', 'Thôn', 'Điện thoại', 'CCCD'];
const row = (i: number) => [`Người thứ ${i}`, 'Nữ', 1980 + (i % 20), 'Tày', 'Người dân', null, '02044', 'Xã Lăng Can', 'Thôn Nà Khà', `09${i}`, null];

/**
 * Writes rows until the sink stops taking them: "stopped" means no row was taken during 200 turns of the
 * event loop (a sink that only yields now and then takes more on the next turn). Counts turns, not time.
 */
async function writeUntilStopped(sink: TableSink): Promise<{ taken: number; rest: Promise<void> }> {
  let taken = 0;
  const rest = (async () => {
    for (let i = 0; i < ROWS; i++) {
      await sink.row(row(i));
      taken++;
    }
  })();
  rest.catch(() => undefined);
  for (let idle = 0, seen = -1; taken < ROWS && idle < 200;) {
    await new Promise((resolve) => setImmediate(resolve));
    idle = taken === seen ? idle + 1 : 0;
    seen = taken;
  }
  return { taken, rest };
}

describe('exports wait for the download to take what they wrote (backpressure)', () => {
  for (const format of ['csv', 'xlsx'] as ExportFormat[]) {
    it(`${format}: stops reading rows while the client reads nothing, and writes them all once it reads again`, async () => {
      const out = new HeldDownload();
      const sink = tableSink(format, out);
      await sink.table('Người tham gia', HEADERS);
      const { taken, rest } = await writeUntilStopped(sink);
      expect(taken, 'rows taken while the client read nothing').toBeLessThan(ROWS);

      out.release();
      await rest;
      await sink.end();
      const file = Buffer.concat(out.chunks);
      if (format === 'csv') expect(file.toString('utf8').trimEnd().split('\r\n')).toHaveLength(ROWS + 1);
      else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file as unknown as ArrayBuffer);
        expect(workbook.worksheets[0].rowCount).toBe(ROWS + 1);
      }
    });

    it(`${format}: a download closed while the export waits ends the export with an error instead of leaving it waiting`, async () => {
      const out = new HeldDownload();
      const sink = tableSink(format, out);
      await sink.table('Người tham gia', ['Họ và tên']);
      const { taken, rest } = await writeUntilStopped(sink);
      expect(taken).toBeLessThan(ROWS);
      out.destroy();
      await expect(rest).rejects.toThrow(/closed/);
    });
  }
});
