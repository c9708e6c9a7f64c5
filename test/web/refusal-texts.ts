import type { Page } from 'playwright-core';

/** Where the portal shows a refusal: beside a field, as a form-level alert, or as a toast. */
const SHOWN = '.el-form-item__error, [role=alert], .el-message';
/** Words of an English refusal (the server's old messages, class-validator's): none may reach a Vietnamese page. */
export const ENGLISH = /\b(must|should|invalid|not found|required|cannot|is taken|already|too many)\b/i;

/**
 * Records every refusal text the page shows from now on, across the single-page app's screens and reloads
 * of the tab: a MutationObserver notes each one as it appears, so texts that vanish quickly count too.
 */
// The scripts run in the page, so they are written as text: the tests' TypeScript has no DOM types.
const RECORDER = `(() => {
  const key = 'p135.refusals';
  const note = () => {
    const texts = new Set(JSON.parse(sessionStorage.getItem(key) ?? '[]'));
    const before = texts.size;
    for (const element of document.querySelectorAll(${JSON.stringify(SHOWN)})) {
      const text = element.textContent.trim();
      if (text) texts.add(text);
    }
    if (texts.size > before) sessionStorage.setItem(key, JSON.stringify([...texts]));
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/**
 * Records every refusal text the page shows from now on, across the single-page app's screens and reloads
 * of the tab: a MutationObserver notes each one as it appears, so texts that vanish quickly count too.
 */
export async function recordRefusals(page: Page): Promise<void> {
  await page.addInitScript(RECORDER);
}

/** The refusal texts shown since recordRefusals, and forgets them. */
export async function refusalsShown(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const texts = JSON.parse(sessionStorage.getItem('p135.refusals') ?? '[]');
    sessionStorage.removeItem('p135.refusals');
    return texts;
  })()`);
}
