import { expect, type Page } from '@playwright/test';
import { AppPage } from './appPage';
import { ModelPage } from './modelPage';

export interface SampleTraining {
  /** The column to predict. */
  readonly target: string;
  /** Model kinds to train, e.g. ['linear']. */
  readonly models: readonly string[];
}

/**
 * Opens the app, loads the sample customers file, trains the given models on `target` and waits
 * until every one of them is done. Returns the page objects for the rest of the test.
 */
export async function trainOnSample(
  page: Page,
  { target, models }: SampleTraining,
): Promise<{ app: AppPage; model: ModelPage }> {
  const app = new AppPage(page);
  const model = new ModelPage(page);
  await app.open();
  await app.loadSample();
  await model.chooseTarget(target);
  await model.selectModels(models);
  await model.train();
  for (const kind of models) {
    await expect(await model.finished(kind)).toHaveAttribute('data-status', 'done');
  }
  return { app, model };
}
