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
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a TCP port number, got "${value}"`);
  }
  return port;
}
