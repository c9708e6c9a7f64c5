import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fundGenerously, tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { CHROMIUM, FLAGS, haveChromium, onCi, pageHelpers, prepareBrowserSuite } from './browser';
import { CREATE_ACTIVITY, run, training } from '../periods/year-helpers';

/**
 * The district dashboard opens on the newest year with data (activeYears), not on an empty calendar year,
 * and its year picker switches year, kept in the URL across a reload. Another district's newer activity
 * does not move Lâm Bình's year.
 */
if (!haveChromium && !onCi) console.warn(`year picker e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!haveChromium && !onCi)('the district dashboard’s year in the browser', () => {
  const now = new Date().getFullYear();
  const worked = now - 2;
  const funded = now - 3;
  let f: TenantFixture;
  let browser: Browser;
  let page: Page;

  const { shot, choose, signIn } = pageHelpers(
    () => page,
    () => f.server.url,
  );
  const picked = () => page.locator('[data-test="year-picker"]').textContent();

  beforeAll(async () => {
    prepareBrowserSuite();
    f = await tenantFixture();
    await fundGenerously(f, [funded]);
    expect((await run(f, CREATE_ACTIVITY, { input: training(f.lamBinh.id, worked) }, f.as.manager)).code).toBeUndefined();
    expect((await run(f, CREATE_ACTIVITY, { input: training(f.naHang.id, now - 1) }, f.as.otherManager)).code).toBeUndefined();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await f?.close();
  });

  it('opens on the newest year with Lâm Bình’s data, and the picker switches year and keeps it on reload', async () => {
    await signIn('huyen-071');
    await expect.poll(picked).toContain(String(worked));
    await expect.poll(() => page.locator('[data-test="count-activities"]').textContent()).toBe('1');
    await shot('dashboard-newest-year');

    await choose('[data-test="year-picker"]', String(funded));
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(String(funded));
    await expect.poll(() => page.locator('[data-test="count-activities"]').textContent()).toBe('0');
    expect(await page.locator('[data-test="headroom"]').textContent()).toContain('400.000.000.000.000');

    await page.reload();
    await expect.poll(picked).toContain(String(funded));
    await expect.poll(() => page.locator('[data-test="count-activities"]').textContent()).toBe('0');
    await shot('dashboard-picked-year');
  });
});
