import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA) on the page as it is now. Serious and critical violations
 * fail the test; minor and moderate ones become annotations so they stay visible in the report.
 */
export async function expectNoSeriousViolations(
  page: Page,
  stage: string,
  testInfo: TestInfo,
): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const findings: Finding[] = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
  for (const finding of findings) {
    testInfo.annotations.push({
      type: `axe ${finding.impact}`,
      description: `${stage}: ${finding.id} (${finding.help}) at ${finding.targets.join(', ')}`,
    });
  }
  // Checks axe could not decide (e.g. text over a chart) are listed for a person to review.
  for (const item of results.incomplete) {
    testInfo.annotations.push({
      type: 'axe needs review',
      description: `${stage}: ${item.id} on ${item.nodes.length} element(s)`,
    });
  }
  const blocking = findings.filter((finding) => BLOCKING.has(finding.impact));
  expect.soft(blocking, `serious or critical axe violations at "${stage}"`).toEqual([]);
}
