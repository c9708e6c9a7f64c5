import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fundGenerously, tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { CHROMIUM, FLAGS, haveChromium, onCi, pageHelpers, prepareBrowserSuite } from './browser';
import { ENGLISH, recordRefusals, refusalsShown } from './refusal-texts';

/**
 * The portal in a real browser (Debian's Chromium driven by playwright-core) against the real server on a
 * fresh database. The built web/dist is what the server serves (see ./browser.ts). Screenshots go to test-artifacts/.
 */
if (!haveChromium && !onCi) console.warn(`portal e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!haveChromium && !onCi)('the web portal in a browser', () => {
  const year = new Date().getFullYear();
  let f: TenantFixture;
  let browser: Browser;
  let page: Page;
  let otherDistrictsParticipantId: number;

  const { shot, choose, signIn } = pageHelpers(
    () => page,
    () => f.server.url,
  );

  beforeAll(async () => {
    prepareBrowserSuite();
    f = await tenantFixture();
    await fundGenerously(f, [year]);
    const created = await f.server.graphql<{ createParticipant: { id: number } }>(
      'mutation($i: ParticipantInput!) { createParticipant(input: $i) { id } }',
      { i: { fullName: 'Hà Thị Nguyệt', gender: 'FEMALE', birthYear: 1990, category: 'RESIDENT', communeId: f.naHangCommunes[0].id, ethnicGroupCode: '02' } },
      f.as.otherManager,
    );
    otherDistrictsParticipantId = created.data!.createParticipant.id;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    page.setDefaultTimeout(15_000);
    await recordRefusals(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await f?.close();
  });

  it('a district manager signs in, adds a village and a participant, runs a training with attendance and sees it counted', async () => {
    await signIn('huyen-071');
    await expect.poll(() => page.locator('[data-test="count-villages"]').textContent()).toBe('0');
    expect(await page.locator('[data-test="count-trainings"]').textContent()).toBe('0');
    // Only the district's pages: no province dashboard, funding or users in the menu.
    expect(await page.locator('[data-test="nav-province"]').count()).toBe(0);
    expect(await page.locator('[data-test="nav-funding"]').count()).toBe(0);
    await shot('district-dashboard');

    const commune = f.lamBinhCommunes[0].name;
    await page.click('[data-test="nav-villages"]');
    await page.click('[data-test="add-village"]');
    await choose('[data-test="village-commune"]', commune);
    await page.fill('#village-name', 'Bản Khuổi Củng');
    await page.fill('#village-households', '84');
    await page.click('[data-test="save-village"]');
    await page.locator('.el-table__body', { hasText: 'Bản Khuổi Củng' }).waitFor();
    await shot('villages');

    await page.click('[data-test="nav-participants"]');
    await page.click('[data-test="add-participant"]');
    // Saved empty, the form says what is missing beside each field, in Vietnamese.
    await page.click('[data-test="save-participant"]');
    await page.locator('.el-form-item__error', { hasText: 'Chưa nhập Họ và tên' }).waitFor();
    await page.fill('#p-fullName', 'Hoàng Thị Lâm');
    // The ethnic group is found by its name typed without diacritics.
    await page.fill('#p-ethnic', 'tay');
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'Tày' }).first().click();
    await choose('[data-test="p-commune"]', commune);
    await choose('[data-test="p-village"]', 'Bản Khuổi Củng');
    await page.click('[data-test="save-participant"]');
    await page
      .locator('.el-dialog')
      .filter({ hasText: 'Hoàng Thị Lâm' })
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    // Search without diacritics finds her.
    await page.fill('input[data-test="participant-search"]', 'hoang thi lam');
    await page.locator('.el-table__body', { hasText: 'Hoàng Thị Lâm' }).waitFor();
    await shot('participants');

    // She heads the commune's new monitoring board (setBoardMembers).
    await page.click('[data-test="nav-boards"]');
    await page.click('[data-test="add-board"]');
    await choose('[data-test="b-commune"]', commune);
    await page.click('[data-test="save-board"]');
    const board = page.locator('.el-table__row', { hasText: commune });
    await board.locator('[data-test="members"]').click();
    await page.locator('[data-test="member-picker"] input').fill('lam');
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'Hoàng Thị Lâm' }).click();
    await choose('[data-test="member-role"]', 'Trưởng ban');
    await page.click('[data-test="save-members"]');
    await expect.poll(() => board.textContent()).toContain('Hoàng Thị Lâm (Trưởng ban)');
    await shot('boards-district');

    await page.click('[data-test="nav-activities"]');
    await page.click('[data-test="add-activity"]');
    await page.fill('#a-title', 'Tập huấn giám sát đầu tư cộng đồng');
    await choose('[data-test="a-kind"]', 'Trao đổi học tập');
    // A study tour shows the cap's headroom before saving; one beyond it is refused with the figures.
    expect(await page.locator('[data-test="exchange-headroom"]').textContent()).toContain('còn 100.000.000.000.000');
    await page.fill('#a-planned', '200000000000000');
    await page.click('[data-test="save-activity"]');
    await expect.poll(() => page.locator('[data-test="activity-error"]').textContent()).toContain('Vượt trần kinh phí trao đổi học tập');
    expect(await page.locator('[data-test="activity-error"]').textContent()).toContain('đề nghị 200.000.000.000.000');
    await shot('activity-cap-exceeded');
    await choose('[data-test="a-kind"]', 'Tập huấn');
    await page.fill('#a-planned', '0');
    await choose('[data-test="a-status"]', 'Đã hoàn thành');
    await page.fill('#a-actual', '12500000');
    expect(await page.inputValue('#a-actual')).toBe('12.500.000');
    await shot('activity-form');
    await page.click('[data-test="save-activity"]');
    const row = page.locator('.el-table__row', { hasText: 'Tập huấn giám sát đầu tư cộng đồng' });
    await row.waitFor();
    expect(await row.textContent()).toContain('12.500.000');

    await row.locator('[data-test="attendance"]').click();
    await page.locator('[data-test="attendance-picker"] input').fill('hoang');
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'Hoàng Thị Lâm' }).click();
    await shot('attendance');
    await page.click('[data-test="save-attendance"]');
    await expect.poll(() => row.locator('[data-test="people"]').textContent()).toBe('1');
    await shot('activities');

    await page.click('[data-test="nav-dashboard"]');
    await expect.poll(() => page.locator('[data-test="count-trainings"]').textContent()).toBe('1');
    expect(await page.locator('[data-test="count-trained"]').textContent()).toBe('1');
    expect(await page.locator('[data-test="count-villages"]').textContent()).toBe('1');
    expect(await page.locator('[data-test="count-participants"]').textContent()).toBe('1');
    await shot('district-dashboard-after');

    // The manager's own writes are in the audit log.
    await page.click('[data-test="nav-audit"]');
    // In Vietnamese, each record named and linked, each change with the field's label.
    await page.locator('.el-table__body', { hasText: 'Thôn, bản' }).waitFor();
    expect(await page.locator('.el-table__body').textContent()).toContain('Người tham gia #');
    expect(await page.locator('.audit-changes', { hasText: 'Họ và tên: Hoàng Thị Lâm' }).count()).toBeGreaterThan(0);
    await shot('audit');

    // Every refusal the story met was said in Vietnamese: the form's own checks and the server's.
    const refusals = await refusalsShown(page);
    expect(refusals.filter((text) => ENGLISH.test(text))).toEqual([]);
    expect(refusals).toContainEqual(expect.stringContaining('Chưa nhập Họ và tên'));
    expect(refusals).toContainEqual(expect.stringContaining('Vượt trần kinh phí trao đổi học tập'));
  }, 120_000);

  it('the same manager opening another district’s participant by URL sees "not found", and a province page says not allowed', async () => {
    await page.goto(`${f.server.url}/participants/${otherDistrictsParticipantId}`);
    await page.locator('[data-test="notFound"]').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('Hà Thị Nguyệt');
    await shot('participant-not-found');

    await page.goto(`${f.server.url}/funding`);
    await page.locator('[data-test="forbidden"]').waitFor();
  });

  it('a province viewer sees the roll-up table and the cap gauge, and switches the language', async () => {
    await page.click('[data-test="sign-out"]');
    await page.locator('#username').waitFor();
    await signIn('tinh-xem');
    const rollup = page.locator('[data-test="rollup"]');
    await rollup.locator('.el-table__row', { hasText: 'Lâm Bình' }).waitFor();
    const lamBinh = rollup.locator('.el-table__body .el-table__row', { hasText: 'Lâm Bình' }).first();
    expect(await lamBinh.textContent()).toContain('12.500.000');
    await page.locator('[data-test="cap-gauge"] canvas').waitFor();
    expect(await page.locator('h1').textContent()).toContain('Tổng quan tỉnh');
    await shot('province-dashboard');

    await choose('[data-test="language"]', 'English');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Province dashboard');
    expect(await rollup.textContent()).toContain('People trained');
    await shot('province-dashboard-en');
    await page.setViewportSize({ width: 768, height: 1024 }); // a tablet held upright
    await page.locator('[data-test="cap-gauge"] canvas').waitFor();
    await shot('province-dashboard-tablet');
    await page.setViewportSize({ width: 1024, height: 768 });

    for (const name of ['funding', 'communes', 'boards']) {
      await page.click(`[data-test="nav-${name}"]`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      await shot(name);
    }
    // The viewer may look but not write: the audit log is in the menu (personal data masked), the
    // accounts (the administrator's) are not, and the accounts page by URL says not allowed.
    expect(await page.locator('[data-test="nav-audit"]').count()).toBe(1);
    expect(await page.locator('[data-test="nav-users"]').count()).toBe(0);
    await page.click('[data-test="nav-participants"]');
    expect(await page.locator('[data-test="add-participant"]').count()).toBe(0);
    await page.goto(`${f.server.url}/users`);
    await page.locator('[data-test="forbidden"]').waitFor();
  }, 120_000);

  it('the province administrator adds a viewer account for Lâm Bình, finds it in the list and disables it', async () => {
    await page.click('[data-test="sign-out"]');
    await page.locator('#username').waitFor();
    await signIn('tinh');
    await choose('[data-test="language"]', 'Tiếng Việt'); // the viewer left the portal in English
    await page.click('[data-test="nav-users"]');
    const table = page.locator('[data-test="users"] .el-table__body');
    await table.locator('.el-table__row', { hasText: 'huyen-071' }).first().waitFor();
    // No "disable" on the administrator's own row.
    const own = table.locator('.el-table__row', { hasText: /^tinh(?!-)/ });
    expect(await own.count()).toBe(1);
    expect(await own.locator('[data-test="disable-user"]').count()).toBe(0);

    await page.click('[data-test="add-user"]');
    await page.fill('#u-username', 'lambinh-xem2');
    await page.fill('#u-displayName', 'Nông Thị Xem');
    await choose('[data-test="u-role"]', 'Xem cấp huyện');
    await choose('[data-test="u-district"]', 'Lâm Bình');
    // A short password is refused beside the field.
    await page.fill('#u-password', 'ngan');
    await page.click('[data-test="save-user"]');
    const passwordError = page.locator('.el-form-item', { has: page.locator('#u-password') }).locator('.el-form-item__error');
    await expect.poll(() => passwordError.textContent().catch(() => '')).toContain('10');
    await passwordError.waitFor({ state: 'visible' });
    await shot('users-add');
    await page.fill('#u-password', 'mat-khau-du-dai');
    await page.click('[data-test="save-user"]');

    const row = table.locator('.el-table__row', { hasText: 'lambinh-xem2' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Nông Thị Xem');
    expect(await row.textContent()).toContain('Xem cấp huyện');
    expect(await row.textContent()).toContain('Lâm Bình');
    expect(await row.locator('[data-test="status"]').textContent()).toBe('Đang hoạt động');

    await row.locator('[data-test="disable-user"]').click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => row.locator('[data-test="status"]').textContent()).toBe('Đã khoá');
    expect(await row.locator('[data-test="enable-user"]').count()).toBe(1);
    await page.locator('.el-message').first().waitFor({ state: 'detached' });
    await shot('users');

    // The account really is disabled: it cannot sign in.
    const login = await f.server.graphql('mutation { login(username: "lambinh-xem2", password: "mat-khau-du-dai") { expiresAt } }');
    expect(login.errors?.length ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
