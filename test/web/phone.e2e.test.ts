import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { fundGenerously, tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { CHROMIUM, FLAGS, haveChromium, onCi, pageHelpers, prepareBrowserSuite } from './browser';
import { ENGLISH, recordRefusals, refusalsShown } from './refusal-texts';

/**
 * The district story on a phone (390×844) and on a tablet held upright (768×1024): the menu lives in a
 * drawer, every Save is on screen when it is pressed, and the page never scrolls sideways.
 * Screenshots of each step go to test-artifacts/phone-* and test-artifacts/tablet-*.
 */
if (!haveChromium && !onCi) console.warn(`phone e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
];

describe.skipIf(!haveChromium && !onCi)('the district story on a phone and a tablet', () => {
  const year = new Date().getFullYear();
  let f: TenantFixture;
  let browser: Browser;
  let page: Page;

  const { shot, choose, signIn } = pageHelpers(
    () => page,
    () => f.server.url,
  );

  beforeAll(async () => {
    prepareBrowserSuite();
    f = await tenantFixture();
    await fundGenerously(f, [year]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await f?.close();
  });

  /** The element lies wholly inside the viewport as it is, before anything scrolls it there. */
  async function expectOnScreen(target: Locator): Promise<void> {
    await target.waitFor({ state: 'visible' });
    const box = await target.boundingBox();
    const { width, height } = page.viewportSize()!;
    expect(box, 'the element has a box').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  }

  async function expectNoSidewaysScroll(): Promise<void> {
    // A string: the test files are type-checked without the DOM library.
    const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
      '({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })',
    );
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  }

  async function press(selector: string): Promise<void> {
    const button = page.locator(selector);
    await expectOnScreen(button);
    await button.click();
  }

  /** Opens the menu, follows one entry, and checks the drawer has closed behind it. */
  async function go(entry: string, screen: string): Promise<void> {
    const drawer = page.locator('[data-test="nav-drawer"]');
    expect(await page.locator('aside').count(), 'no side menu on a narrow screen').toBe(0);
    await page.click('[data-test="menu-button"]');
    await drawer.waitFor({ state: 'visible' });
    await drawer.locator('nav[aria-label="Danh mục"]').waitFor();
    await expect.poll(async () => (await drawer.boundingBox())?.x, { message: 'the drawer has slid in' }).toBe(0);
    expect(await page.locator('[data-test="menu-button"]').getAttribute('aria-expanded')).toBe('true');
    await shot(`${screen}-menu`);
    await press(`[data-test="nav-${entry}"]`);
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('main h1').waitFor();
  }

  async function dashboardCount(name: string): Promise<number> {
    const cell = page.locator(`[data-test="count-${name}"]`);
    await cell.waitFor();
    return Number(await cell.textContent());
  }

  for (const screen of SCREENS) {
    const story = 'sign in, add a village and a participant, record a training with attendance, see it counted';
    it(`${screen.name} ${screen.width}×${screen.height}: ${story}`, async () => {
      const village = `Bản Nà Lìn ${screen.name}`;
      const person = screen.name === 'phone' ? 'Triệu Thị Mai' : 'Bàn Văn Tâm';
      const training = `Tập huấn cộng đồng ${screen.name}`;
      const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, isMobile: screen.name === 'phone', hasTouch: true });
      page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await recordRefusals(page);
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
      try {
        await signIn('huyen-071');
        const trainingsBefore = await dashboardCount('trainings');
        const participantsBefore = await dashboardCount('participants');
        // The header names the account (its display name, not the login) and stays clear of the title.
        const who = page.locator('header [data-test="who"]');
        expect(await who.textContent()).toContain('Demo – Lâm Bình');
        expect(await who.textContent()).not.toContain('huyen-071');
        const header = (await page.locator('header').boundingBox())!;
        const title = (await page.locator('main h1').boundingBox())!;
        expect(header.y + header.height).toBeLessThanOrEqual(title.y);
        await expectNoSidewaysScroll();
        await shot(`${screen.name}-1-dashboard`);

        const commune = f.lamBinhCommunes[0].name;
        await go('villages', screen.name);
        await expectNoSidewaysScroll();
        await press('[data-test="add-village"]');
        await choose('[data-test="village-commune"]', commune);
        await page.fill('#village-name', village);
        await page.fill('#village-households', '62');
        await shot(`${screen.name}-2-village-form`);
        await press('[data-test="save-village"]');
        const villageRow = page.locator('.el-table__row', { hasText: village });
        await villageRow.waitFor();
        // The key columns show on the row: the name, its commune and the actions.
        expect(await villageRow.textContent()).toContain(commune);
        await expectOnScreen(villageRow.locator('td').last().locator('button').first());
        await expectNoSidewaysScroll();
        await shot(`${screen.name}-3-villages`);

        await go('participants', screen.name);
        await press('[data-test="add-participant"]');
        await page.fill('#p-fullName', person);
        // The ethnic group is a searchable select: typed without diacritics, picked by name.
        await page.fill('#p-ethnic', 'tay');
        await page.locator('.el-select-dropdown__item:visible', { hasText: 'Tày' }).first().click();
        await choose('[data-test="p-commune"]', commune);
        await choose('[data-test="p-village"]', village);
        await shot(`${screen.name}-4-participant-form`);
        await press('[data-test="save-participant"]');
        const personRow = page.locator('.el-table__row', { hasText: person });
        await personRow.waitFor();
        expect(await personRow.textContent()).toContain(commune);
        await expectNoSidewaysScroll();
        await shot(`${screen.name}-5-participants`);

        await go('activities', screen.name);
        await press('[data-test="add-activity"]');
        await page.fill('#a-title', training);
        // A refusal from the server shows where the officer is looking, not below the fold of the form.
        await choose('[data-test="a-kind"]', 'Trao đổi học tập');
        await page.fill('#a-planned', '200000000000000');
        await press('[data-test="save-activity"]');
        const refusal = page.locator('[data-test="activity-error"]');
        await expect.poll(() => refusal.textContent().catch(() => '')).toContain('200.000.000.000.000');
        await expectOnScreen(refusal);
        await shot(`${screen.name}-6-activity-refused`);
        await choose('[data-test="a-kind"]', 'Tập huấn');
        await page.fill('#a-planned', '0');
        await choose('[data-test="a-status"]', 'Đã hoàn thành');
        await page.fill('#a-actual', '4500000');
        await shot(`${screen.name}-6-activity-form`);
        await press('[data-test="save-activity"]');
        const row = page.locator('.el-table__row', { hasText: training });
        await row.waitFor();
        await expectNoSidewaysScroll();

        await expectOnScreen(row.locator('[data-test="attendance"]'));
        await row.locator('[data-test="attendance"]').click();
        await page.locator('[data-test="attendance-picker"] input').fill(person.split(' ')[0]);
        await page.locator('.el-select-dropdown__item:visible', { hasText: person }).click();
        await shot(`${screen.name}-7-attendance`);
        await press('[data-test="save-attendance"]');
        await expect.poll(() => row.locator('[data-test="people"]').textContent()).toBe('1');
        await expectNoSidewaysScroll();
        await shot(`${screen.name}-8-activities`);

        await go('dashboard', screen.name);
        await expect.poll(() => dashboardCount('trainings')).toBe(trainingsBefore + 1);
        expect(await dashboardCount('participants')).toBe(participantsBefore + 1);
        await expectNoSidewaysScroll();
        await shot(`${screen.name}-9-dashboard-after`);

        // The district's other pages fit the screen too.
        for (const entry of ['boards', 'audit', 'import', 'api-keys']) {
          await go(entry, screen.name);
          await page.waitForLoadState('networkidle');
          await expectNoSidewaysScroll();
          await shot(`${screen.name}-10-${entry}`);
        }
        expect(pageErrors).toEqual([]);
        // The refusals met on the small screen were Vietnamese too (portal.e2e.test.ts checks the desktop story's).
        const refusals = await refusalsShown(page);
        expect(refusals.filter((text) => ENGLISH.test(text))).toEqual([]);
        expect(refusals).toContainEqual(expect.stringContaining('Vượt trần kinh phí trao đổi học tập'));
      } catch (e) {
        await shot(`${screen.name}-failure`);
        throw new Error(`${String(e)}\npage errors: ${pageErrors.join('\n')}`);
      } finally {
        await context.close();
      }
    }, 150_000);
  }
});
