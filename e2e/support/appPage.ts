import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const fixturePath = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);
export const samplePath = (name: string) =>
  path.join(import.meta.dirname, '..', '..', 'public', 'samples', name);

/** The app as a person sees it, through the test ids of shared/ui-contract.md. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByTestId('drop-zone')).toBeVisible();
  }

  summary(): Locator {
    return this.page.getByTestId('dataset-summary');
  }

  profile(column: string): Locator {
    return this.page.locator(`[data-testid="column-profile"][data-column="${CSS.escape(column)}"]`);
  }

  async loadSample(): Promise<void> {
    await this.page.getByTestId('load-sample').click();
    await expect(this.summary()).toHaveAttribute('data-name', 'customers.csv');
  }

  async chooseFile(filePath: string): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(filePath);
  }

  /** Drops files on the page the way a browser does: a DataTransfer on a `drop` event. */
  async dropFiles(
    files: { name: string; bytes: Buffer; type?: string }[],
    target?: Locator,
  ): Promise<void> {
    const payload = files.map((f) => ({
      name: f.name,
      type: f.type ?? '',
      base64: f.bytes.toString('base64'),
    }));
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.type }));
      }
      return dt;
    }, payload);
    const where = target ?? this.page.locator('main');
    await where.dispatchEvent('dragover', { dataTransfer: transfer });
    await where.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** Builds a large CSV inside the page (no bytes over the wire) and drops it. */
  async dropGeneratedCsv(name: string, rows: number): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ({ name, rows }) => {
        const lines = ['id,score,label'];
        for (let i = 0; i < rows; i++) lines.push(`${i},${(i * 7) % 13}.5,name${i % 50}`);
        const dt = new DataTransfer();
        dt.items.add(new File([lines.join('\n')], name, { type: 'text/csv' }));
        return dt;
      },
      { name, rows },
    );
    await this.page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  }

  async dropFixtures(filePaths: string[], target?: Locator): Promise<void> {
    const files = filePaths.map((p) => ({ name: path.basename(p), bytes: readFileSync(p) }));
    await this.dropFiles(files, target);
  }

  importError(): Locator {
    return this.page.getByTestId('import-error');
  }

  importWarning(): Locator {
    return this.page.getByTestId('import-warning');
  }
}

/** Declares the CSS.escape used in selectors (runs in Node, where CSS is not defined). */
export const CSS = {
  escape: (value: string) => value.replace(/["\\]/g, '\\$&'),
};
