import { expect, test } from '@playwright/test';
import { APP_CACHE_PREFIX } from '../src/serviceWorker/appCache';
import { trainOnSample } from './support/trainOnSample';

test('"forget everything" clears the data, the models and everything the origin stored', async ({
  page,
}) => {
  const { app } = await trainOnSample(page, { target: 'revenue', models: ['linear'] });
  await page.evaluate(async () => {
    localStorage.setItem('project', 'customers');
    sessionStorage.setItem('draft', '1');
    await caches.open('sheetsense-test').then((cache) => cache.put('/probe', new Response('x')));
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('sheetsense-test', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('rows');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
  });

  await page.getByTestId('forget-everything').click();
  await page.getByTestId('forget-confirm').click();

  await expect(page.getByTestId('dataset-summary')).toHaveCount(0);
  await expect(page.getByTestId('model-result')).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(
        async (appCachePrefix) => ({
          local: localStorage.length,
          session: sessionStorage.length,
          // The app-shell cache (the app's own files, for offline use) is meant to survive.
          caches: (await caches.keys()).filter((name) => !name.startsWith(appCachePrefix)).length,
          databases: (await indexedDB.databases()).length,
        }),
        APP_CACHE_PREFIX,
      ),
    )
    .toEqual({ local: 0, session: 0, caches: 0, databases: 0 });
  // The app still works afterwards.
  await app.loadSample();
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
});
