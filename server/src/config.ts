import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Which database engine the portal talks to. */
export type DatabaseConfig =
  | { kind: 'mysql'; url: string }
  | { kind: 'sqlite'; path: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  database: DatabaseConfig;
  /** Fill an empty database with the Tuyên Quang demo on start. Never in production. */
  seedDemoOnStart: boolean;
  logLevel: string;
  /** Signs session tokens. Set TOKEN_SECRET in production; the embedded default keeps one beside the database. */
  tokenSecret: string;
  tokenTtlSeconds: number;
}

/** Reads every setting once from the environment; the rest of the server only sees the typed result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const database: DatabaseConfig = env.DATABASE_URL
    ? { kind: 'mysql', url: env.DATABASE_URL }
    : { kind: 'sqlite', path: path.resolve(env.DATABASE_PATH ?? 'data/portal.db') };
  return {
    env: nodeEnv,
    port: parsePort(env.PORT ?? '4000'),
    database,
    seedDemoOnStart: nodeEnv !== 'production' && env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    tokenSecret: env.TOKEN_SECRET ?? secretBesideDatabase(database),
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 2 * 60 * 60),
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a TCP port number, got "${value}"`);
  }
  return port;
}

/**
 * For the embedded default a token secret is generated once and kept in a file beside the database,
 * so sessions survive restarts without anyone configuring a secret. MySQL deployments must set TOKEN_SECRET.
 */
function secretBesideDatabase(database: DatabaseConfig): string {
  if (database.kind !== 'sqlite' || database.path === ':memory:') {
    if (process.env.NODE_ENV === 'production') throw new Error('TOKEN_SECRET must be set in production');
    return crypto.randomBytes(32).toString('hex');
  }
  const file = path.join(path.dirname(database.path), '.token-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
