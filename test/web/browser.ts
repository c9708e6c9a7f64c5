import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The browser end-to-end tests' common setup: Debian's Chromium driven by playwright-core, against the
 * built web/dist, which is (re)built when missing or when its inputs changed.
 *
 * Without /usr/bin/chromium the files are skipped with a message on a developer machine, but fail under
 * CI=true: CI must never pass without having driven the browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ROOT = resolve(__dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const haveChromium = existsSync(CHROMIUM);
export const onCi = process.env.CI === 'true';

/** web/dist (re)built when its inputs changed since it was built: the rule `npm run build` follows (scripts/build-web.mjs). */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs'), '--if-changed'], { cwd: ROOT, stdio: 'inherit' });
}

/** The start of a browser suite: under CI Chromium must be there; web/dist is built and test-artifacts/ made. */
export function prepareBrowserSuite(): void {
  if (!haveChromium) throw new Error(`CI=true but ${CHROMIUM} is missing: install it (apt-get install -y chromium)`);
  ensureWebBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
}

/** Page helpers bound to one page and server. */
export function pageHelpers(page: () => Page, url: () => string) {
  return {
    shot: (name: string) => page().screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }),
    /** Opens an Element Plus select by its trigger and picks the option with the given text. */
    async choose(trigger: string, option: string): Promise<void> {
      await page().locator(trigger).click();
      await page().locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
    },
    async signIn(username: string): Promise<void> {
      await page().goto(`${url()}/sign-in`);
      await page().fill('#username', username);
      await page().fill('#password', 'demo135');
      await page().click('[data-test="sign-in"]');
    },
  };
}
