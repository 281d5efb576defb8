import { expect, test, type Page } from '@playwright/test';
import { APP_CACHE_PREFIX } from '../src/serviceWorker/appCache';
import { AppPage } from './support/appPage';
import { ModelPage } from './support/modelPage';
import { ResultsPage } from './support/resultsPage';

/** Trains the linear model on the loaded sample and waits for its actual-vs-predicted chart. */
async function trainLinear(page: Page): Promise<void> {
  const model = new ModelPage(page);
  await model.chooseTarget('revenue');
  await model.selectModels(['linear']);
  await model.train();
  await expect(await model.finished('linear')).toHaveAttribute('data-status', 'done');
  expect(await new ResultsPage(page).pointsOf('chart-actual-predicted')).toBeGreaterThan(0);
}

/** Every entry of every Cache Storage cache of the origin, with the cache that holds it. */
function cachedEntries(page: Page): Promise<{ cache: string; url: string }[]> {
  return page.evaluate(async () => {
    const entries: { cache: string; url: string }[] = [];
    for (const cache of await caches.keys()) {
      const requests = await (await caches.open(cache)).keys();
      entries.push(...requests.map((request) => ({ cache, url: request.url })));
    }
    return entries;
  });
}

test('after one visit the app loads, imports and trains with the network off', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(420_000);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const app = new AppPage(page);
  const status = page.getByTestId('offline-status');
  await app.open();
  await expect(status).toHaveAttribute('data-online', 'true');
  await expect(status).toHaveAttribute('data-offline-ready', 'true', { timeout: 60_000 });
  await expect(status).toContainText('Works offline');

  await context.setOffline(true);
  await expect(status).toHaveAttribute('data-online', 'false');
  await page.reload();
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await expect(status).toHaveAttribute('data-online', 'false');
  await expect(status).toHaveAttribute('data-offline-ready', 'true');
  await expect(status).toContainText('Offline');
  // The network really is gone: a file the worker did not precache cannot be fetched.
  const probe = await page.evaluate(() =>
    fetch('/not-precached.txt').then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');
  await app.loadSample();
  await trainLinear(page);

  // A fresh tab, straight to the link `npm start` opens, still offline.
  const fresh = await context.newPage();
  await fresh.goto('/?sample=customers');
  await expect(fresh.getByTestId('dataset-summary')).toHaveAttribute('data-name', 'customers.csv', {
    timeout: 60_000,
  });
  await expect(fresh.getByTestId('offline-status')).toHaveAttribute('data-online', 'false');
  await trainLinear(fresh);

  const entries = await cachedEntries(fresh);
  const paths = entries.map((entry) => new URL(entry.url).pathname);
  expect(paths).toEqual(expect.arrayContaining(['/index.html', '/samples/customers.csv']));
  expect(paths.some((path) => path.endsWith('.wasm'))).toBe(true);
  for (const entry of entries) {
    expect(new URL(entry.url).origin).toBe(origin);
    expect(entry.cache.startsWith(APP_CACHE_PREFIX)).toBe(true);
  }

  // "Forget everything" drops the data but keeps the app's own files: it still opens offline.
  await fresh.getByTestId('forget-everything').click();
  await fresh.getByTestId('forget-confirm').click();
  await expect(fresh.getByTestId('dataset-summary')).toHaveCount(0);
  await fresh.reload();
  await expect(fresh.getByTestId('offline-status')).toHaveAttribute('data-offline-ready', 'true');
  // The page is still `/?sample=customers`, so the reload loads the sample again, offline.
  await expect(new AppPage(fresh).summary()).toHaveAttribute('data-name', 'customers.csv');
});

test('offline, the neural network still trains on the wasm backend from the cached binaries', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const app = new AppPage(page);
  const model = new ModelPage(page);
  await app.open();
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-offline-ready', 'true', {
    timeout: 60_000,
  });
  await context.setOffline(true);
  await page.reload();
  await app.loadSample();
  await model.chooseTarget('revenue');
  await model.selectModels(['neural']);
  await model.option('neural', 'epochs').fill('2');
  await model.setBackend('wasm');
  await model.train();
  const row = await model.finished('neural', 240_000);
  await expect(row).toHaveAttribute('data-status', 'done');
  await expect(row).toHaveAttribute('data-backend', 'wasm');
});
