import { expect, type Page } from '@playwright/test';

/** A CSS selector for a test id, optionally narrowed by more attributes (e.g. `[data-model="svm"]`). */
export const testId = (id: string, more = '') => `[data-testid="${id}"]${more}`;

/** What has focus, in words, for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (body)';
    const id = el.getAttribute('data-testid');
    const text = (el.textContent ?? '').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : ''}> "${text}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a keyboard user
 * would; fails with where focus ended up if it takes more than `max` presses.
 */
export async function tabTo(
  page: Page,
  selector: string,
  { max = 250, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<number> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    const reached = await page.evaluate(
      (s) => document.activeElement?.matches(s) ?? false,
      selector,
    );
    if (reached) return presses;
  }
  throw new Error(
    `${key} × ${max} never reached ${selector}; focus is on ${await describeFocus(page)}`,
  );
}

/** Asserts the focused element draws a focus indicator: an outline or a box shadow. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    const computed = getComputedStyle(el);
    return {
      outline: `${computed.outlineStyle} ${computed.outlineWidth}`,
      shadow: computed.boxShadow,
    };
  });
  const focus = await describeFocus(page);
  expect(style, `a focused element (${focus})`).not.toBeNull();
  const outlined = !!style && !style.outline.startsWith('none') && !style.outline.endsWith(' 0px');
  const shadowed = !!style && style.shadow !== 'none';
  expect(outlined || shadowed, `visible focus on ${focus}: ${JSON.stringify(style)}`).toBe(true);
}
