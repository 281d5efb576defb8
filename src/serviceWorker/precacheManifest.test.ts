import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPrecacheManifest, isPrecacheable, type BuiltFile } from './precacheManifest';

const file = (path: string, text: string): BuiltFile => ({
  path,
  bytes: new Uint8Array(new TextEncoder().encode(text)),
});

const BUILD = [
  file('index.html', '<!doctype html><script type="module" src="/assets/index-a1.js"></script>'),
  file('assets/index-a1.js', 'console.log(1)'),
  file('assets/train.worker-b2.js', 'self.onmessage = () => {}'),
  file('assets/tfjs-backend-wasm-c3.wasm', '\0asm'),
  file('samples/customers.csv', 'id,revenue\n1,10\n'),
  file('samples/customers.xlsx', 'PK'),
];

describe('isPrecacheable', () => {
  it('takes app files and leaves out the worker itself, source maps and dot folders', () => {
    expect(isPrecacheable('assets/index-a1.js')).toBe(true);
    expect(isPrecacheable('samples/customers.csv')).toBe(true);
    expect(isPrecacheable('sw.js')).toBe(false);
    expect(isPrecacheable('assets/index-a1.js.map')).toBe(false);
    expect(isPrecacheable('.vite/manifest.json')).toBe(false);
  });
});

describe('buildPrecacheManifest', () => {
  it('lists every built file (chunks, workers, wasm, index.html, samples) relative to the scope', async () => {
    const manifest = await buildPrecacheManifest([...BUILD, file('sw.js', 'old worker')]);
    expect(manifest.entries.map((entry) => entry.url)).toEqual([
      'assets/index-a1.js',
      'assets/tfjs-backend-wasm-c3.wasm',
      'assets/train.worker-b2.js',
      'index.html',
      'samples/customers.csv',
      'samples/customers.xlsx',
    ]);
  });

  it('gives each file the SHA-256 of its bytes as Subresource Integrity', async () => {
    const manifest = await buildPrecacheManifest(BUILD);
    const csv = manifest.entries.find((entry) => entry.url === 'samples/customers.csv');
    const expected = createHash('sha256').update('id,revenue\n1,10\n').digest('base64');
    expect(csv?.integrity).toBe(`sha256-${expected}`);
  });

  it('derives the same version from the same files, whatever order they are listed in', async () => {
    const first = await buildPrecacheManifest(BUILD);
    const second = await buildPrecacheManifest([...BUILD].reverse());
    expect(second.version).toBe(first.version);
    expect(first.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes the version when one byte of one file changes, or a file is added', async () => {
    const before = await buildPrecacheManifest(BUILD);
    const edited = BUILD.map((f) =>
      f.path === 'samples/customers.csv' ? file(f.path, 'id,revenue\n1,11\n') : f,
    );
    const added = [...BUILD, file('assets/extra-d4.js', '')];
    expect((await buildPrecacheManifest(edited)).version).not.toBe(before.version);
    expect((await buildPrecacheManifest(added)).version).not.toBe(before.version);
  });

  it('percent-encodes file names that are not URL-safe', async () => {
    const manifest = await buildPrecacheManifest([...BUILD, file('samples/my data #1.csv', 'a')]);
    expect(manifest.entries.map((entry) => entry.url)).toContain('samples/my%20data%20%231.csv');
  });

  it('refuses a build without index.html, which offline navigations need', async () => {
    const withoutShell = BUILD.filter((f) => f.path !== 'index.html');
    await expect(buildPrecacheManifest(withoutShell)).rejects.toThrow(/index\.html/);
  });
});
