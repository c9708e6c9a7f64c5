import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPasswordOf, loadConfig, logLevelOf } from '../../server/src/config';

const ROOT = path.resolve(__dirname, '../..');
const ONLY_READER = path.join('server', 'src', 'config.ts');
/** `process.env`, `process['env']` and `{ env } = process` alike. */
const READS_ENVIRONMENT = /\bprocess\s*(\.\s*env\b|\[\s*['"`]env['"`]\s*\])|\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/;

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|mts|cts|js)$/.test(entry.name) ? [relative] : [];
  });
}

/** config.ts says it reads every setting; that stays true only if nothing else reads the environment. */
describe('config.ts is the only reader of the environment', () => {
  it('no other file of server/src or seeds reads process.env', () => {
    const files = [...sourceFiles(path.join('server', 'src')), ...sourceFiles('seeds')];
    expect(files).toContain(ONLY_READER);
    const readers = files.filter((file) => file !== ONLY_READER && READS_ENVIRONMENT.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('production without TOKEN_SECRET is refused from the environment it was given, not from the process', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' })).toThrow(/TOKEN_SECRET/);
  });

  it('the log level is silent under tests unless LOG_LEVEL asks, and info elsewhere', () => {
    expect(logLevelOf({ NODE_ENV: 'test' })).toBe('silent');
    expect(logLevelOf({ NODE_ENV: 'test', LOG_LEVEL: 'debug' })).toBe('debug');
    expect(logLevelOf({ NODE_ENV: 'production' })).toBe('info');
    expect(logLevelOf({})).toBe(loadConfig({ DATABASE_PATH: ':memory:' }).logLevel);
  });

  it('ADMIN_PASSWORD is read for create-admin but never kept in the Config', () => {
    const env = { ADMIN_PASSWORD: 'Một-mật-khẩu-dài-135', DATABASE_PATH: ':memory:' };
    expect(adminPasswordOf(env)).toBe(env.ADMIN_PASSWORD);
    expect(adminPasswordOf({ ADMIN_PASSWORD: '' })).toBeNull();
    expect(JSON.stringify(loadConfig(env))).not.toContain(env.ADMIN_PASSWORD);
  });
});
