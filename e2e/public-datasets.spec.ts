import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage, fixturePath } from './support/appPage';
import { ModelPage } from './support/modelPage';

interface Reference {
  diabetes: {
    ols: { coef: Record<string, number>; se: Record<string, number>; rsquared: number };
    svr_r2_train: number;
  };
  breast_cancer: { svc_accuracy_train: number; logistic_accuracy_train: number };
}
const reference = JSON.parse(
  readFileSync(fixturePath('public/reference.json'), 'utf8'),
) as Reference;

const relativeError = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.abs(expected);

/** Opens a public dataset and sets the split to "fit on all rows", as the reference did. */
async function openOnAllRows(page: Page, file: string, target: string): Promise<ModelPage> {
  const app = new AppPage(page);
  const model = new ModelPage(page);
  await app.open();
  await app.chooseFile(fixturePath(`public/${file}`));
  await expect(app.summary()).toHaveAttribute('data-name', file);
  await model.chooseTarget(target);
  await page.getByTestId('split-test').fill('0');
  await page.getByTestId('split-validation').fill('0');
  return model;
}

test('diabetes (Efron et al.): OLS equals statsmodels, SVR equals scikit-learn', async ({
  page,
}) => {
  const model = await openOnAllRows(page, 'diabetes.csv', 'target');
  await expect(model.task()).toHaveAttribute('data-task', 'regression');
  await model.selectModels(['linear', 'svm']);
  await model.train();
  for (const kind of ['linear', 'svm']) {
    await expect(await model.finished(kind)).toHaveAttribute('data-status', 'done');
  }
  const r2 = await model.metric('linear', 'r2');
  expect(relativeError(r2, reference.diabetes.ols.rsquared)).toBeLessThan(1e-6);
  expect(
    Math.abs((await model.metric('svm', 'r2')) - reference.diabetes.svr_r2_train),
  ).toBeLessThan(0.005);
  await model.result('linear').click();
  for (const [feature, coef] of Object.entries(reference.diabetes.ols.coef)) {
    const row = page.locator(`[data-testid="coef-row"][data-feature="${feature}"]`);
    expect(relativeError(Number(await row.getAttribute('data-coef')), coef)).toBeLessThan(1e-6);
    const se = reference.diabetes.ols.se[feature] ?? NaN;
    expect(relativeError(Number(await row.getAttribute('data-se')), se)).toBeLessThan(1e-6);
  }
});

test('breast cancer Wisconsin: SVM and logistic regression agree with scikit-learn', async ({
  page,
}) => {
  const model = await openOnAllRows(page, 'breast-cancer.csv', 'diagnosis');
  await expect(model.task()).toHaveAttribute('data-task', 'classification');
  await model.selectModels(['linear', 'svm']);
  await model.train();
  for (const kind of ['linear', 'svm']) {
    await expect(await model.finished(kind)).toHaveAttribute('data-status', 'done');
  }
  const svc = await model.metric('svm', 'accuracy');
  expect(Math.abs(svc - reference.breast_cancer.svc_accuracy_train)).toBeLessThan(0.005);
  const logistic = await model.metric('linear', 'accuracy');
  expect(Math.abs(logistic - reference.breast_cancer.logistic_accuracy_train)).toBeLessThan(0.01);
});
