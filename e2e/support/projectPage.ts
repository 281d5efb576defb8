import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The project bar: keep on this device, save status, project files, the two-tab notice. */
export class ProjectPage {
  constructor(readonly page: Page) {}

  status(): Locator {
    return this.page.getByTestId('project-status');
  }

  async keep(): Promise<void> {
    await this.page.getByTestId('persist-toggle').check();
    await expect(this.status()).not.toHaveAttribute('data-status', 'off');
  }

  async waitSaved(): Promise<void> {
    await expect(this.status()).toHaveAttribute('data-status', 'saved', { timeout: 30_000 });
  }

  /** Clicks `testId` and returns the download it starts. */
  async download(testId: 'project-export' | 'project-download'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(testId).click(),
    ]);
    return download;
  }

  async open(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('project-import-input').setInputFiles(file);
  }

  error(): Locator {
    return this.page.getByTestId('project-error');
  }

  locked(): Locator {
    return this.page.getByTestId('project-locked');
  }

  async takeOver(): Promise<void> {
    await this.page.getByTestId('project-take-over').click();
  }

  /** The target column index in the project this browser keeps (read straight from IndexedDB). */
  storedTargetIndex(): Promise<number | null> {
    return this.page.evaluate(
      () =>
        new Promise<number | null>((resolve, reject) => {
          const request = indexedDB.open('sheetsense-project');
          request.onerror = () => reject(new Error('no project database'));
          request.onsuccess = () => {
            const db = request.result;
            const get = db.transaction('projects').objectStore('projects').get('current');
            get.onsuccess = () => {
              db.close();
              const stored = get.result as { setup?: { targetIndex?: number } } | undefined;
              resolve(stored?.setup?.targetIndex ?? null);
            };
          };
        }),
    );
  }
}
