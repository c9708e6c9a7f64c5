import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Which database engine the portal talks to. `statementTimeoutMs` bounds every statement of a MySQL/MariaDB
 * session (db/statement-timeout.ts); absent or 0 means no limit (migrations, scripts, tests that set none).
 */
export type DatabaseConfig =
  | {
      kind: 'mysql';
      url: string;
      /** wsrep_sync_wait for every session (db/cluster-session.ts); unset: 1 on a Galera node, nothing elsewhere. */
      syncWait?: number | null;
      statementTimeoutMs?: number;
    }
  | { kind: 'sqlite'; path: string };

/** 30 s: the slowest statement measured on national data is ~1.6 s (docs/SCALING.md), so only a hung one reaches it. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

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
  /**
   * COOKIE_SECURE: mark the session cookie `Secure` (sent over HTTPS only). On by default in production;
   * set COOKIE_SECURE=false where the portal is served over plain HTTP on a provincial intranet, or the
   * browser never sends the cookie back and nobody can sign in to the web portal.
   */
  cookieSecure: boolean;
  /** Shared rate-limit counters for several instances; null keeps them in this process's memory. */
  redisUrl: string | null;
  /** Origins of other sites allowed to call the API from a browser (CORS). None by default: same origin only. */
  corsOrigins: string[];
  rateLimit: RateLimitConfig;
  signIn: SignInConfig;
  /**
   * Which peers may name the client in X-Forwarded-For (express 'trust proxy'): a hop count, or addresses
   * and CIDR ranges (`loopback`, `uniquelocal` … as express knows them). Default: loopback only.
   */
  trustProxy: TrustProxy;
  queryLimits: QueryLimitConfig;
  /**
   * Count the SQL statements of every /graphql request into the `x-sql-statements` header (tests and
   * benchmarks read it). Off by default in production: counting needs AsyncLocalStorage, whose promise
   * hooks cost about a tenth of page throughput on Node 20 (docs/SCALING.md).
   */
  countStatements: boolean;
  /**
   * GRAPHQL_EXECUTOR: `compiled` (default) runs each operation as code graphql-jit generated for it;
   * `graphql-js` runs every operation through graphql-js, as before the compiled executor (a way back
   * should an answer of the compiled one ever differ; graphql/compiled-execution.ts).
   */
  graphqlExecutor: GraphQLExecutor;
  /**
   * Where uploaded workbooks are kept while they are read (UPLOAD_TMP_DIR): a folder of the portal's own,
   * emptied of a crashed process's leftovers at start and of the files in flight on exit.
   */
  uploadTmpDir: string;
  /** Largest accepted upload (IMPORT_MAX_MB, default 50); past it 413 FILE_TOO_LARGE. */
  importMaxBytes: number;
  /** How long SIGTERM waits for requests in flight before cutting them (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
  reportIssuer: ReportIssuerConfig;
}

/**
 * Who issues the printed reports (the heading of an administrative document, Decree 30/2020/NĐ-CP):
 * REPORT_ISSUER_PARENT, REPORT_ISSUER, REPORT_SIGNER, REPORT_PLACE. A null parent or place is taken from the
 * province record ("UBND TỈNH <NAME>", the province's name), so nothing is fixed to one province.
 */
export interface ReportIssuerConfig {
  parent: string | null;
  body: string;
  /** The title of the head of the body, above the signature (e.g. TRƯỞNG BAN). */
  signer: string;
  place: string | null;
}

export const DEFAULT_REPORT_ISSUER: ReportIssuerConfig = { parent: null, body: 'BAN DÂN TỘC', signer: 'TRƯỞNG BAN', place: null };

/** Requests (a batch counts its operations) allowed per fixed window, per API key and per client address. */
export interface RateLimitConfig {
  perKey: number;
  perAddress: number;
  windowMs: number;
  /** Prefix of the Redis keys, so that several portals (or tests) can share one Redis. */
  redisKeyPrefix: string;
}

/**
 * The sign-in throttle and the bound on argon2 work (auth/login-throttle.ts, auth/password-work.ts);
 * docs/SECURITY.md "Sign-in" says why each number is what it is.
 */
export interface SignInConfig {
  /** Guesses per (username, address), or per (username, browser that signed in to it before), per window. */
  perAccountAndAddress: number;
  /** Guesses per address across all usernames, per window. */
  perAddress: number;
  windowSeconds: number;
  /** The account-wide brake: guesses per username from addresses and browsers without history, per brake window. */
  perAccount: number;
  accountWindowSeconds: number;
  /**
   * How long a successful sign-in makes its (username, address) and its browser "known". At most 24: the
   * in-memory store expires keys with Node timers, which overflow (and fire at once) past 24.8 days.
   */
  historyDays: number;
  /** argon2 checks running at once, and waiting beyond them; past that a sign-in is refused at once. */
  passwordWorkers: number;
  passwordQueue: number;
  redisKeyPrefix: string;
}

export type TrustProxy = number | string[];

export type GraphQLExecutor = 'compiled' | 'graphql-js';

/**
 * Checked before an operation runs (graphql/query-limits.ts, http/request-limits.ts). Aliases, fields,
 * heavy roots and cost are counted per operation and, for a batch, over all of its operations together.
 */
export interface QueryLimitConfig {
  maxDepth: number;
  maxCost: number;
  maxBatchOperations: number;
  /** Aliased fields (`a1: provinceReport …`): each alias runs its field again. */
  maxAliases: number;
  /** Field selections written in the documents, fragments counted once. */
  maxFields: number;
  /** Root fields that aggregate a whole year in SQL (provinceReport, rollup, budget). */
  maxHeavyRoots: number;
  /** Who may introspect the schema: anyone, or only signed-in users and API keys. */
  introspection: IntrospectionAccess;
}

export type IntrospectionAccess = 'public' | 'signed-in';

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { perKey: 600, perAddress: 1200, windowMs: 60_000, redisKeyPrefix: 'p135:rl:' };
export const DEFAULT_QUERY_LIMITS: QueryLimitConfig = {
  maxDepth: 8,
  maxCost: 25_000,
  maxBatchOperations: 10,
  maxAliases: 100,
  maxFields: 1_000,
  maxHeavyRoots: 5,
  introspection: 'signed-in',
};
export const DEFAULT_IMPORT_MAX_MB = 50;
export const DEFAULT_UPLOAD_TMP_DIR = path.join(os.tmpdir(), 'portal-135-uploads');
export const DEFAULT_SIGN_IN: SignInConfig = {
  perAccountAndAddress: 5,
  perAddress: 20,
  windowSeconds: 15 * 60,
  perAccount: 10,
  accountWindowSeconds: 60 * 60,
  historyDays: 21,
  passwordWorkers: 2,
  passwordQueue: 8,
  redisKeyPrefix: 'p135:login:',
};
export const DEFAULT_TRUST_PROXY: TrustProxy = ['loopback'];

/**
 * Reads every setting once from the environment; the rest of the server only sees the typed result.
 * This file is the only reader of process.env in server/src and seeds (test/foundation/config.test.ts
 * fails on any other): the few values needed before or without a whole Config have their readers below.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = environmentOf(env);
  const database: DatabaseConfig = env.DATABASE_URL
    ? {
        kind: 'mysql',
        url: env.DATABASE_URL,
        syncWait: syncWaitOf(env.DATABASE_SYNC_WAIT),
        statementTimeoutMs: nonNegative(env, 'DB_STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS),
      }
    : { kind: 'sqlite', path: path.resolve(env.DATABASE_PATH ?? 'data/portal.db') };
  return {
    env: nodeEnv,
    port: parsePort(env.PORT ?? '4000'),
    database,
    seedDemoOnStart: nodeEnv !== 'production' && env.SEED_DEMO !== 'false',
    logLevel: logLevelOf(env),
    tokenSecret: env.TOKEN_SECRET ?? secretBesideDatabase(database, nodeEnv),
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 2 * 60 * 60),
    cookieSecure: flag(env, 'COOKIE_SECURE', nodeEnv === 'production'),
    redisUrl: env.REDIS_URL || null,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    rateLimit: {
      perKey: positive(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT.perKey),
      perAddress: positive(env, 'RATE_LIMIT_PER_ADDRESS_PER_MINUTE', DEFAULT_RATE_LIMIT.perAddress),
      windowMs: DEFAULT_RATE_LIMIT.windowMs,
      redisKeyPrefix: env.REDIS_KEY_PREFIX ?? DEFAULT_RATE_LIMIT.redisKeyPrefix,
    },
    signIn: {
      ...DEFAULT_SIGN_IN,
      passwordWorkers: positive(env, 'SIGN_IN_PASSWORD_WORKERS', DEFAULT_SIGN_IN.passwordWorkers),
      passwordQueue: positive(env, 'SIGN_IN_PASSWORD_QUEUE', DEFAULT_SIGN_IN.passwordQueue),
      redisKeyPrefix: env.REDIS_KEY_PREFIX ? `${env.REDIS_KEY_PREFIX}login:` : DEFAULT_SIGN_IN.redisKeyPrefix,
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    queryLimits: {
      maxDepth: positive(env, 'QUERY_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
      maxCost: positive(env, 'QUERY_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost),
      maxBatchOperations: positive(env, 'QUERY_MAX_BATCH', DEFAULT_QUERY_LIMITS.maxBatchOperations),
      maxAliases: positive(env, 'QUERY_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases),
      maxFields: positive(env, 'QUERY_MAX_FIELDS', DEFAULT_QUERY_LIMITS.maxFields),
      maxHeavyRoots: positive(env, 'QUERY_MAX_HEAVY_ROOTS', DEFAULT_QUERY_LIMITS.maxHeavyRoots),
      introspection: oneOf(env, 'INTROSPECTION', ['public', 'signed-in'] as const, DEFAULT_QUERY_LIMITS.introspection),
    },
    countStatements: flag(env, 'SQL_STATEMENT_HEADER', nodeEnv !== 'production'),
    graphqlExecutor: oneOf(env, 'GRAPHQL_EXECUTOR', ['compiled', 'graphql-js'] as const, 'compiled'),
    uploadTmpDir: path.resolve(env.UPLOAD_TMP_DIR || DEFAULT_UPLOAD_TMP_DIR),
    importMaxBytes: positive(env, 'IMPORT_MAX_MB', DEFAULT_IMPORT_MAX_MB) * 1024 * 1024,
    shutdownTimeoutMs: positive(env, 'SHUTDOWN_TIMEOUT_MS', 10_000),
    reportIssuer: {
      parent: env.REPORT_ISSUER_PARENT?.trim() || DEFAULT_REPORT_ISSUER.parent,
      body: env.REPORT_ISSUER?.trim() || DEFAULT_REPORT_ISSUER.body,
      signer: env.REPORT_SIGNER?.trim() || DEFAULT_REPORT_ISSUER.signer,
      place: env.REPORT_PLACE?.trim() || DEFAULT_REPORT_ISSUER.place,
    },
  };
}

/** NODE_ENV as the portal knows it: anything but production or test is development. */
export function environmentOf(env: NodeJS.ProcessEnv = process.env): Config['env'] {
  return env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
}

/** LOG_LEVEL; silent under tests unless asked. logger.ts reads it at import, before any Config exists. */
export function logLevelOf(env: NodeJS.ProcessEnv = process.env): string {
  return env.LOG_LEVEL || (environmentOf(env) === 'test' ? 'silent' : 'info');
}

/**
 * ADMIN_PASSWORD: the input of `npm run create-admin` (cli/create-admin.ts), read here like every variable
 * but never part of Config, so the running server never holds it. Null when unset: the command asks.
 */
export function adminPasswordOf(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.ADMIN_PASSWORD || null;
}

/**
 * DATABASE_URL alone, for the scale seeds that load MySQL directly: loadConfig() would also create a
 * token secret beside an SQLite database they never use.
 */
export function databaseUrlOf(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.DATABASE_URL || null;
}

/** A setting that takes one of a few words. */
function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, words: readonly T[], fallback: T): T {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if ((words as readonly string[]).includes(value)) return value as T;
  throw new Error(`${name} must be ${words.join(' or ')}, got "${value}"`);
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return number;
}

/** wsrep_sync_wait is a bit mask of 0–15 (1 = reads); empty means automatic. */
function syncWaitOf(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 15) throw new Error(`DATABASE_SYNC_WAIT must be a whole number from 0 to 15, got "${value}"`);
  return number;
}

/** Like positive(), and 0 turns the limit off. */
function nonNegative(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return env[name] === '0' ? 0 : positive(env, name, fallback);
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: a hop count ("1"), or a comma-separated list of addresses, CIDR ranges and express's names. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || value.trim() === '') return DEFAULT_TRUST_PROXY;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const version = net.isIP(address);
    const maxBits = version === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!PROXY_NAMES.has(entry) && (version === 0 || !validBits || extra !== undefined)) {
      throw new Error(`TRUST_PROXY must be a hop count or a list of addresses/CIDR ranges, got "${entry}"`);
    }
  }
  return entries;
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
function secretBesideDatabase(database: DatabaseConfig, nodeEnv: Config['env']): string {
  if (database.kind !== 'sqlite' || database.path === ':memory:') {
    if (nodeEnv === 'production') throw new Error('TOKEN_SECRET must be set in production');
    return crypto.randomBytes(32).toString('hex');
  }
  const file = path.join(path.dirname(database.path), '.token-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
