import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, NodeResult } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core run inside the page under test. Its source is added as a script tag, which the portal's content
 * security policy would refuse: pages audited here come from a browser context opened with `bypassCSP`.
 */
const AXE_SOURCE = createRequire(__filename).resolve('axe-core/axe.min.js');

/** What the owners count as a failure (issue #16 item 11); moderate and minor findings are only printed. */
export const BLOCKING: ImpactValue[] = ['critical', 'serious'];

export interface Finding {
  page: string;
  id: string;
  impact: string;
  target: string;
  /** For contrast: the colours measured and their ratio, e.g. "#409eff on #ffffff = 3.02". */
  detail?: string;
}

/** Waits until nothing on the page still moves: a half-faded dialog would be measured at its fading contrast. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction("document.getAnimations().every((a) => a.playState !== 'running')");
}

/** Audits the page as it is now and returns every violation, one line per element, under `label`. */
export async function audit(page: Page, label: string): Promise<Finding[]> {
  await settle(page);
  // Expressions as strings: they run in the page, and the tests' TypeScript has no DOM types.
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate<AxeResults>('axe.run()');
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => ({ page: label, id: v.id, impact: n.impact ?? v.impact ?? 'unknown', target: n.target.map(String).join(' > '), detail: contrastOf(n) })),
  );
}

function contrastOf(node: NodeResult): string | undefined {
  const data = [...node.any, ...node.all].map((c) => c.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | null).find((d) => d?.fgColor);
  return data ? `${data.fgColor} on ${data.bgColor} = ${data.contrastRatio}` : undefined;
}

/** One line per finding, so that a failing test says what to fix and where. */
export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `[${f.impact}] ${f.page}: ${f.id} at ${f.target}${f.detail ? ` (${f.detail})` : ''}`).join('\n');
}

export function blocking(findings: Finding[]): Finding[] {
  return findings.filter((f) => (BLOCKING as string[]).includes(f.impact));
}
