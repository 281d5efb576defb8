import { expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: string[];
    __prototypeBaseline?: string;
  }
}

/** What the page looked like for the tripwires after a hostile file. */
interface Tripped {
  readonly prototypeKeys: readonly string[];
  readonly prototypeChanged: boolean;
  readonly polluted: boolean;
  readonly pwned: boolean;
  readonly scriptedElements: number;
  readonly inlineScripts: number;
  readonly cspViolations: readonly string[];
}

/**
 * Trips on anything a hostile file must never cause: a write onto Object.prototype, a script
 * that ran, a dialog, an injected element, a CSP violation or an uncaught page error.
 */
export class HostileWatch {
  readonly dialogs: string[] = [];
  readonly pageErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
  }

  /** Records CSP violations and Object.prototype as it is before the app runs. */
  async arm(): Promise<void> {
    await this.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      window.__prototypeBaseline = Object.getOwnPropertyNames(Object.prototype).sort().join();
    });
  }

  async expectUntripped(): Promise<void> {
    const tripped: Tripped = await this.page.evaluate(() => {
      const probe: Record<string, unknown> = {};
      return {
        prototypeKeys: Object.keys(Object.prototype),
        prototypeChanged:
          Object.getOwnPropertyNames(Object.prototype).sort().join() !== window.__prototypeBaseline,
        polluted: 'polluted' in probe || '__parsed_extra' in probe,
        pwned: window.__pwned !== undefined,
        scriptedElements: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
        inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
        cspViolations: window.__cspViolations ?? ['the watch was not armed'],
      };
    });
    expect(tripped).toEqual({
      prototypeKeys: [],
      prototypeChanged: false,
      polluted: false,
      pwned: false,
      scriptedElements: 0,
      inlineScripts: 0,
      cspViolations: [],
    });
    expect(this.dialogs, 'dialogs opened').toEqual([]);
    expect(this.pageErrors, 'uncaught page errors').toEqual([]);
  }
}

/** Waits until the import of `fileName` has ended and says how. */
export async function importOutcome(page: Page, fileName: string): Promise<'error' | 'imported'> {
  const read = () =>
    page.evaluate((name) => {
      if (document.querySelector('[data-testid="import-progress"]')) return 'busy';
      const error = document.querySelector('[data-testid="import-error"]');
      if (error?.textContent?.includes(name)) return 'error';
      const summary = document.querySelector('[data-testid="dataset-summary"]');
      return summary?.getAttribute('data-name') === name ? 'imported' : 'waiting';
    }, fileName);
  await expect
    .poll(read, { timeout: 110_000, intervals: [100, 250, 500] })
    .toMatch(/^(error|imported)$/);
  return (await read()) as 'error' | 'imported';
}

/** The `data-column` of the first `count` column profiles, in order. */
export async function shownHeaders(page: Page, count: number): Promise<string[]> {
  // The profile cards mount a couple per task after the summary: wait for the first `count`.
  await expect(page.getByTestId('column-profile').nth(count - 1)).toBeAttached();
  return page.evaluate(
    (n) =>
      [...document.querySelectorAll('[data-testid="column-profile"]')]
        .slice(0, n)
        .map((e) => e.getAttribute('data-column') ?? ''),
    count,
  );
}
