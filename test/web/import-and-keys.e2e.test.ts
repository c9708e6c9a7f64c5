import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { ARTIFACTS, CHROMIUM, FLAGS, haveChromium, onCi, pageHelpers, prepareBrowserSuite } from './browser';

/**
 * The file and API screens in a real browser: a district manager imports a CSV (checks it, sees the bad
 * row, fixes it, writes it), exports the list, issues and revokes an API key, and runs a query in GraphiQL
 * under the server's content security policy. Screenshots go to test-artifacts/.
 */
if (!haveChromium && !onCi) console.warn(`import/keys e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const HEADINGS = 'Họ và tên,Giới tính,Năm sinh,Dân tộc,Đối tượng,Chức vụ,Mã xã,Xã,Thôn/bản,Số điện thoại,Số CCCD/CMND';

describe.skipIf(!haveChromium && !onCi)('import, export, API keys and GraphiQL in a browser', () => {
  let f: TenantFixture;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];
  const { shot, signIn } = pageHelpers(
    () => page,
    () => f.server.url,
  );

  /** A participants file of three people; the second one's birth year is given as `secondYear`. */
  function participantsCsv(secondYear: string): string {
    const code = f.lamBinhCommunes[0].code;
    return [
      HEADINGS,
      `Ma Văn Nhập,Nam,1985,Tày,Người dân,,${code},,,,`,
      `Triệu Thị Tệp,Nữ,${secondYear},Dao,Cán bộ thôn bản,,${code},,,,`,
      `Bàn Văn Dòng,Nam,1979,Dao,Người có uy tín,,${code},,,,`,
    ].join('\r\n');
  }
  function writeFile(name: string, content: string): string {
    const path = join(ARTIFACTS, name);
    writeFileSync(path, content);
    return path;
  }

  beforeAll(async () => {
    prepareBrowserSuite();
    f = await tenantFixture();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await f?.close();
  });

  it('a district manager checks a file, sees the bad row, fixes it, writes it and finds the people in the list', async () => {
    await signIn('huyen-071');
    await page.locator('[data-test="nav-import"]').click();
    expect(await page.locator('[data-test="template-csv"]').getAttribute('href')).toBe('/api/templates/participants.csv');

    // A file the server cannot read as a whole is refused in the page's language, naming what to fix.
    await page.setInputFiles('[data-test="import-file"]', writeFile('sai-cot.csv', 'Họ và tên,Dân tộc\r\nMa Văn Nhập,Tày\r\n'));
    await page.click('[data-test="import-dry-run"]');
    await expect.poll(() => page.locator('[data-test="import-summary"]').textContent()).toContain('Tệp không đọc được (BAD_COLUMNS)');
    expect(await page.locator('[data-test="import-summary"]').textContent()).toContain('Dòng tiêu đề không khớp với mẫu: thiếu cột “Giới tính”, “Năm sinh”');

    await page.setInputFiles('[data-test="import-file"]', writeFile('ds-loi.csv', participantsCsv('năm tám lăm')));
    await page.click('[data-test="import-dry-run"]');
    const errors = page.locator('[data-test="import-errors"] .el-table__body');
    await errors.waitFor();
    expect(await page.locator('[data-test="import-errorCount"]').textContent()).toBe('1');
    expect(await page.locator('[data-test="import-rowsRead"]').textContent()).toBe('3');
    const errorRow = await errors.locator('tr').first().locator('td').allTextContents();
    expect(errorRow.slice(0, 3)).toEqual(['3', 'Năm sinh', 'năm tám lăm']);
    // A file with errors cannot be written.
    expect(await page.locator('[data-test="import-commit"]').isDisabled()).toBe(true);
    await shot('import-dry-run-errors');

    await page.setInputFiles('[data-test="import-file"]', writeFile('ds.csv', participantsCsv('1992')));
    await page.click('[data-test="import-dry-run"]');
    await expect.poll(() => page.locator('[data-test="import-summary"]').textContent()).toContain('Tệp không có lỗi');
    expect(await page.locator('[data-test="import-created"]').textContent()).toBe('3');
    await page.click('[data-test="import-commit"]');
    await expect.poll(() => page.locator('[data-test="import-summary"]').textContent()).toContain('Đã ghi vào cơ sở dữ liệu');
    expect(await page.locator('[data-test="import-created"]').textContent()).toBe('3');
    await shot('import-committed');

    await page.click('[data-test="import-view-list"]');
    for (const name of ['Ma Văn Nhập', 'Triệu Thị Tệp', 'Bàn Văn Dòng']) await page.locator('.el-table__body', { hasText: name }).waitFor();
  });

  it('exports the list with its current filter', async () => {
    await page.fill('input[data-test="participant-search"]', 'trieu');
    await page.locator('.el-table__body', { hasText: 'Triệu Thị Tệp' }).waitFor();
    await expect.poll(() => page.locator('.el-table__body tr').count()).toBe(1);
    expect(await page.locator('[data-test="export-participants-csv"]').getAttribute('href')).toBe('/api/export/participants.csv?search=trieu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="export-participants-csv"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Triệu Thị Tệp');
    expect(text).not.toContain('Ma Văn Nhập');
    await shot('participants-export');
  });

  it('creates an API key, sees its secret once, and revokes it', async () => {
    await page.click('[data-test="nav-api-keys"]');
    await page.click('[data-test="add-api-key"]');
    await page.fill('#key-name', 'Cục Thống kê – báo cáo quý');
    await page.click('[data-test="save-api-key"]');
    const secret = page.locator('input[data-test="api-key-secret"]');
    await secret.waitFor();
    const value = await secret.inputValue();
    expect(value).toMatch(/^p135_[0-9a-f]{12}_/);
    expect(await page.locator('.el-dialog', { hasText: 'Khoá sẽ không được hiển thị lại' }).count()).toBe(1);
    await page.locator('.el-dialog', { hasText: 'Tên (dùng cho ai, việc gì)' }).waitFor({ state: 'hidden' });
    await shot('api-key-created');
    await page.click('[data-test="close-secret"]');
    await secret.waitFor({ state: 'hidden' });
    const row = page.locator('.el-table__row', { hasText: 'Cục Thống kê – báo cáo quý' });
    await row.waitFor();
    // The list shows the prefix, and the secret is gone from the page for good.
    expect(await row.textContent()).toContain(value.split('_')[1]);
    expect(await page.content()).not.toContain(value);

    await row.locator('[data-test="revoke-key"]').click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await row.locator('[data-test="key-revoked"]').waitFor();
    await page.locator('.el-message-box').waitFor({ state: 'hidden' });
    await shot('api-keys');
  });

  it('opens GraphiQL from the bundle and runs the `me` query with the session', async () => {
    await page.click('[data-test="nav-api-explorer"]');
    const frame = page.frameLocator('[data-test="graphiql-frame"]');
    await frame.locator('.graphiql-execute-button').click();
    await expect.poll(() => frame.locator('.result-window').textContent(), { timeout: 15_000 }).toContain('"name": "huyen-071"');
    expect(await frame.locator('.result-window').textContent()).toContain('"role": "DISTRICT_MANAGER"');
    await shot('api-graphiql');
    expect(cspViolations).toEqual([]);
  });
});
