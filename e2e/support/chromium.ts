import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-webgpu-adapter=swiftshader',
];

/** Finds a Chromium: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own download. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own build.
  } catch {
    // Playwright has no browser of its own installed; reported below.
  }
  throw new Error(
    'No Chromium found. Set CHROMIUM_PATH, install Debian/Ubuntu chromium (apt-get install chromium), ' +
      'or run `npx playwright install chromium` on a machine with internet access.',
  );
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: FLAGS } : { args: FLAGS };
}
