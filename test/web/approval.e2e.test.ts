import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fundGenerously, tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { CHROMIUM, FLAGS, haveChromium, onCi, pageHelpers, prepareBrowserSuite } from './browser';
import { CREATE_ACTIVITY, UPDATE_ACTIVITY, activityInput, activityNamed, run, training } from '../periods/year-helpers';

/**
 * The year as a record, in the browser (docs/DOMAIN.md): Lâm Bình's manager submits the year, the province
 * returns it with a reason, the district reads the reason and submits again, the province approves (the
 * year's activities can no longer be edited), then reopens it and the district edits again.
 */
if (!haveChromium && !onCi) console.warn(`approval e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!haveChromium && !onCi)('submitting and approving a district’s year in the browser', () => {
  const year = new Date().getFullYear();
  const title = 'Tập huấn lập kế hoạch thôn bản';
  let f: TenantFixture;
  let browser: Browser;
  let page: Page;

  const { shot, signIn } = pageHelpers(
    () => page,
    () => f.server.url,
  );
  const signOut = async () => {
    await page.click('[data-test="sign-out"]');
    await page.locator('#username').waitFor();
  };
  const lamBinhRow = () => page.locator('[data-test="rollup"] .el-table__body .el-table__row', { hasText: 'Lâm Bình' }).first();
  const openProvinceDashboard = async () => {
    await signIn('tinh');
    await page.click('[data-test="nav-province"]');
    await lamBinhRow().waitFor();
  };

  beforeAll(async () => {
    prepareBrowserSuite();
    f = await tenantFixture();
    await fundGenerously(f, [year]);
    const created = await run(f, CREATE_ACTIVITY, { input: training(f.lamBinh.id, year, title) }, f.as.manager);
    expect(created.code).toBeUndefined();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await f?.close();
  });

  it('the district manager sees the figures it submits and sends them with a note', async () => {
    await signIn('huyen-071');
    await expect.poll(() => page.locator('[data-test="year-status"]').textContent()).toBe('Đang nhập');
    await page.click('[data-test="submit-year"]');
    const summary = page.locator('[data-test="submit-summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`Hoạt động năm ${year}1`);
    await page.fill('#submit-note', 'Số liệu đủ 12 tháng');
    await shot('year-submit-dialog');
    await page.click('[data-test="submit-send"]');
    await expect.poll(() => page.locator('[data-test="year-status"]').textContent()).toBe('Đã nộp');
    expect(await page.locator('[data-test="year-lock"]').count()).toBe(1);
    expect(await page.locator('[data-test="submit-year"]').count()).toBe(0);
    await signOut();
  }, 60_000);

  it('the province returns it: a reason is required, and the district reads it and submits again', async () => {
    await openProvinceDashboard();
    expect(await lamBinhRow().textContent()).toContain('Đã nộp');
    await lamBinhRow().locator('[data-test="return-year"]').click();
    await page.click('[data-test="reason-send"]');
    const reasonError = page.locator('.el-form-item', { has: page.locator('#year-reason') }).locator('.el-form-item__error');
    await expect.poll(() => reasonError.textContent().catch(() => '')).toContain('Hãy nêu lý do');
    await page.fill('#year-reason', 'Thiếu danh sách học viên lớp tháng 6');
    await shot('year-return-dialog');
    await page.click('[data-test="reason-send"]');
    await expect.poll(() => lamBinhRow().textContent()).toContain('Trả lại');
    await signOut();

    await signIn('huyen-071');
    await expect.poll(() => page.locator('[data-test="year-status"]').textContent()).toBe('Trả lại');
    expect(await page.locator('[data-test="year-reason"]').textContent()).toContain('Thiếu danh sách học viên lớp tháng 6');
    await shot('year-returned');
    await page.click('[data-test="submit-year"]');
    await page.click('[data-test="submit-send"]');
    await expect.poll(() => page.locator('[data-test="year-status"]').textContent()).toBe('Đã nộp');
    await signOut();
  }, 60_000);

  it('the province approves: the row is marked approved, and the district can no longer edit that year’s activities', async () => {
    await openProvinceDashboard();
    await lamBinhRow().locator('[data-test="approve-year"]').click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => lamBinhRow().textContent()).toContain('Đã phê duyệt');
    expect(await lamBinhRow().locator('[data-test="approved-on"]').count()).toBe(1);
    expect(await lamBinhRow().locator('[data-test="reopen-year"]').count()).toBe(1);
    await shot('year-approved-province');
    await signOut();

    await signIn('huyen-071');
    await page.click('[data-test="nav-activities"]');
    const row = page.locator('.el-table__row', { hasText: title });
    await row.waitFor();
    await page.locator('[data-test="year-locked"]').waitFor();
    expect(await page.locator('[data-test="year-locked"]').textContent()).toContain('Đã phê duyệt');
    expect(await row.locator('[data-test="edit-activity"]').isDisabled()).toBe(true);
    expect(await row.locator('[data-test="attendance"]').isDisabled()).toBe(true);
    await shot('year-locked-activities');
    // The server refuses the same edit made around the page.
    const activity = await activityNamed(f, title);
    const refused = await run(
      f,
      UPDATE_ACTIVITY,
      { id: activity.id, version: activity.version, input: activityInput(activity, { plannedCost: 1_000_000 }) },
      f.as.manager,
    );
    expect(refused.code).toBe('PERIOD_LOCKED');
    await signOut();
  }, 60_000);

  it('the province reopens it with a reason, and the district edits that year again', async () => {
    await openProvinceDashboard();
    await lamBinhRow().locator('[data-test="reopen-year"]').click();
    await page.fill('#year-reason', 'Bổ sung lớp tập huấn tháng 12');
    await page.click('[data-test="reason-send"]');
    await expect.poll(() => lamBinhRow().textContent()).toContain('Mở lại');
    await signOut();

    await signIn('huyen-071');
    await expect.poll(() => page.locator('[data-test="year-status"]').textContent()).toBe('Mở lại');
    expect(await page.locator('[data-test="year-reason"]').textContent()).toContain('Bổ sung lớp tập huấn tháng 12');
    await page.click('[data-test="nav-activities"]');
    const row = page.locator('.el-table__row', { hasText: title });
    await row.waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-test="year-locked"]').count()).toBe(0);
    await row.locator('[data-test="edit-activity"]').click();
    await page.fill('#a-planned', '2000000');
    await page.click('[data-test="save-activity"]');
    await expect.poll(() => row.textContent()).toContain('2.000.000');
    await shot('year-reopened-activities');
  }, 60_000);
});
