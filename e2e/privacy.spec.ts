import { expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';
import { AppPage, samplePath } from './support/appPage';
import { ModelPage } from './support/modelPage';
import { ResultsPage } from './support/resultsPage';

const launch = chromiumLaunchOptions();
// Every host name but the app's fails to resolve: a request we missed fails instead of leaking.
test.use({
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  },
});

interface Traffic {
  foreign: string[];
  violations: string[];
  sockets: string[];
}

/** Records every request (workers included), CSP violation and WebSocket of the page. */
async function watch(page: Page, origin: string): Promise<Traffic> {
  const traffic: Traffic = { foreign: [], violations: [], sockets: [] };
  page.context().on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url)) traffic.foreign.push(url);
  });
  page.on('websocket', (socket) => traffic.sockets.push(socket.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) traffic.violations.push(message.text());
  });
  await page.exposeFunction('__reportViolation', (text: string) => traffic.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (t: string) => void })
        .__reportViolation;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return traffic;
}

test('the whole flow sends nothing anywhere but the app origin, under a strict CSP', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const traffic = await watch(page, origin);
  const app = new AppPage(page);
  const model = new ModelPage(page);
  const results = new ResultsPage(page);
  await app.open();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).not.toContain("'unsafe-eval'");

  await app.loadSample();
  await model.chooseTarget('revenue');
  await model.selectModels(['linear', 'svm', 'neural']);
  await model.option('neural', 'epochs').fill('5');
  await model.setBackend('cpu');
  await model.train();
  for (const kind of ['linear', 'svm', 'neural']) {
    await expect(await model.finished(kind, 300_000)).toHaveAttribute('data-status', 'done');
  }
  for (const backend of ['wasm', 'webgl', 'webgpu']) {
    await model.selectModels(['neural']);
    await model.setBackend(backend);
    await model.train();
    const row = await model.finished('neural', 300_000);
    // A backend this machine lacks may fail cleanly; one that runs must report itself.
    const status = await row.getAttribute('data-status');
    testInfo.annotations.push({ type: 'neural backend', description: `${backend}: ${status}` });
    if (status === 'done') {
      await expect(row).toHaveAttribute('data-backend', backend);
    }
  }
  await model.result('linear').click();
  await expect(results.chart('chart-fit')).toBeVisible({ timeout: 120_000 });
  await results.download('export-predictions');
  const modelFile = testInfo.outputPath('model.json');
  await (await results.download('export-model')).saveAs(modelFile);
  await results.download('export-report');
  await page.getByTestId('model-file-input').setInputFiles(modelFile);
  await page.getByTestId('score-file-input').setInputFiles(samplePath('customers.csv'));
  await expect(page.getByTestId('score-summary')).toHaveAttribute('data-rows', /^[1-9]/, {
    timeout: 60_000,
  });
  await results.download('score-download');

  expect(traffic.foreign).toEqual([]);
  expect(traffic.violations).toEqual([]);
  expect(traffic.sockets).toEqual([]);
});
