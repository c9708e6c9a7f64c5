import mysql from 'mysql2/promise';

type Value = string | number | boolean | null;

/**
 * Multi-row INSERTs of `batch` rows on one connection, pipelined: the next batch is built in
 * JavaScript while the server stores the previous one.
 */
export class BulkInserter {
  private rows: string[] = [];
  private pending: Promise<unknown> = Promise.resolve();
  count = 0;

  constructor(
    private readonly connection: mysql.Connection,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly batch: number,
  ) {}

  async add(values: readonly Value[]): Promise<void> {
    this.rows.push(`(${values.map(literal).join(',')})`);
    this.count++;
    if (this.rows.length >= this.batch) await this.send();
  }

  async finish(): Promise<number> {
    if (this.rows.length > 0) await this.send();
    await this.pending;
    return this.count;
  }

  private async send(): Promise<void> {
    const sql = `INSERT INTO \`${this.table}\` (${this.columns.map((c) => `\`${c}\``).join(',')}) VALUES ${this.rows.join(',')}`;
    this.rows = [];
    await this.pending;
    const sent = this.connection.query(sql);
    sent.catch(() => undefined); // the error surfaces at the next await of `pending`, not as an unhandled rejection
    this.pending = sent;
  }
}

function literal(value: Value): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return mysql.escape(value);
}
