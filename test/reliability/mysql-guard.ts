/**
 * The MariaDB-only reliability tests need TEST_MYSQL_URL (and the MariaDB binaries beside it). In CI a
 * missing URL is a failure, never a silent skip; on a developer's machine the file skips with a reason.
 */
export function mysqlUrlForReliability(file: string): string | null {
  const url = process.env.TEST_MYSQL_URL;
  if (url) return url;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`${file} runs on MariaDB: set TEST_MYSQL_URL in CI (it must not be skipped there)`);
  }
  console.warn(`${file}: skipped — set TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test to run it on MariaDB`);
  return null;
}
