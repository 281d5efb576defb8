import { expect, type Locator, type Page } from '@playwright/test';
import { CSS } from './appPage';

/** The model set-up and results, through the test ids of shared/ui-contract.md. */
export class ModelPage {
  constructor(readonly page: Page) {}

  async chooseTarget(column: string): Promise<void> {
    await this.page.getByTestId('target-select').selectOption({ label: column });
  }

  task(): Locator {
    return this.page.getByTestId('task-type');
  }

  featureToggle(column: string): Locator {
    return this.page.locator(`[data-testid="feature-toggle"][data-column="${CSS.escape(column)}"]`);
  }

  /** Includes exactly the given feature columns. */
  async includeOnly(columns: readonly string[]): Promise<void> {
    const toggles = this.page.locator('[data-testid="feature-toggle"]:not([disabled])');
    for (const toggle of await toggles.all()) {
      const column = (await toggle.getAttribute('data-column')) ?? '';
      await toggle.setChecked(columns.includes(column));
    }
  }

  /** Ticks exactly the given model kinds. */
  async selectModels(kinds: readonly string[]): Promise<void> {
    for (const kind of ['linear', 'svm', 'neural']) {
      const box = this.page.locator(`[data-testid="model-select"][data-model="${kind}"]`);
      await box.setChecked(kinds.includes(kind));
    }
  }

  option(kind: string, key: string): Locator {
    return this.page.locator(
      `[data-testid="model-option"][data-model="${kind}"][data-option="${key}"]`,
    );
  }

  async setBackend(backend: string): Promise<void> {
    await this.page.getByTestId('backend-select').selectOption(backend);
  }

  /**
   * Sets the neural network to still be training when a test acts mid-run, even with the fast
   * typed-array cpu step: 2,000 epochs of batches of 4 rows, no early stop (about a minute here).
   */
  async makeNeuralRunLong(): Promise<void> {
    await this.option('neural', 'epochs').fill('2000');
    await this.option('neural', 'batchSize').fill('4');
    await this.option('neural', 'patience').fill('0');
  }

  /** Trains `first` and then a long neural run on cpu, so that training is still under way after `first`. */
  async trainBeforeLongNeural(target: string, first: readonly string[]): Promise<void> {
    await this.chooseTarget(target);
    await this.selectModels([...first, 'neural']);
    await this.setBackend('cpu');
    await this.makeNeuralRunLong();
    await this.train();
  }

  async train(): Promise<void> {
    await this.page.getByTestId('train-button').click();
  }

  result(kind: string): Locator {
    return this.page.locator(`[data-testid="model-result"][data-model="${kind}"]`);
  }

  /** Waits until the model's run has finished (done, error or cancelled) and returns its row. */
  async finished(kind: string, timeout = 120_000): Promise<Locator> {
    const row = this.result(kind);
    await expect(row).toHaveAttribute('data-status', /done|error|cancelled/, { timeout });
    return row;
  }

  async metric(kind: string, name: string): Promise<number> {
    return Number(await this.result(kind).getAttribute(`data-${name}`));
  }
}
