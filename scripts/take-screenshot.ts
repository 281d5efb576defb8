// Takes the README screenshot (docs/screenshot.png) of the production build with the sample
// loaded. Run: npm run build && npx tsx scripts/take-screenshot.ts
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/support/chromium';

const server = await preview({ preview: { port: 4175, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto('http://127.0.0.1:4175/?sample=customers');
  await page.locator('[data-testid="dataset-summary"][data-rows="4000"]').waitFor();
  await page.screenshot({ path: 'docs/screenshot.png' });
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
