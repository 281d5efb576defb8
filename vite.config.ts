import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './build/contentSecurityPolicy';
import { serviceWorker } from './build/serviceWorker';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: {
    port: 4173,
    strictPort: true,
    host: '127.0.0.1',
    // Workers get the policy from their own response, so the header covers them too.
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    // A few tests work on a million rows; CI runs on a busy 2-core machine. Speed lives in benches.
    testTimeout: 60_000,
  },
});
