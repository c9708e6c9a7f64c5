import type { DataSource } from 'typeorm';

export interface DatabaseHealth {
  ok: boolean;
  engine: string;
  latencyMs?: number;
  error?: string;
}

/** A round trip to the database, bounded in time so that /healthz answers even when the database hangs. */
export async function checkDatabase(db: DataSource, timeoutMs = 2000): Promise<DatabaseHealth> {
  const engine = db.options.type;
  const started = performance.now();
  try {
    await Promise.race([
      db.query('SELECT 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { ok: true, engine, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, engine, error: error instanceof Error ? error.message : 'unreachable' };
  }
}
