import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import {
  buildPrecacheManifest,
  SERVICE_WORKER_FILE,
  type BuiltFile,
  type PrecacheManifest,
} from '../src/serviceWorker/precacheManifest';

const WORKER_ENTRY = 'src/serviceWorker/sw.ts';

/**
 * Emits `sw.js` at the root of the output folder once the app is written: it lists every file
 * the build produced (chunks, workers, wasm, index.html, public/ samples), each with its hash.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'sheetsense-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After writeBundle of every plugin, so files copied from public/ are there too.
    async closeBundle(error?: Error) {
      if (error || !config) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      const manifest = await buildPrecacheManifest(await readOutput(outDir));
      const code = await bundleWorker(config.root, outDir, manifest);
      await writeFile(path.join(outDir, SERVICE_WORKER_FILE), code);
      config.logger.info(
        `service worker: ${manifest.entries.length} files precached, version ${manifest.version}`,
      );
    },
  };
}

async function readOutput(outDir: string): Promise<BuiltFile[]> {
  const names = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const full = path.join(entry.parentPath, entry.name);
      const relative = path.relative(outDir, full).split(path.sep).join('/');
      return { path: relative, bytes: new Uint8Array(await readFile(full)) };
    }),
  );
}

/** Bundles the worker source into one classic script with the manifest inlined as a constant. */
async function bundleWorker(
  root: string,
  outDir: string,
  manifest: PrecacheManifest,
): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { __SHEETSENSE_PRECACHE__: JSON.stringify(manifest) },
    build: {
      write: false,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: WORKER_ENTRY, formats: ['iife'], name: 'sheetsenseServiceWorker' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs.flatMap((output) =>
    'output' in output ? output.output.filter((item) => item.type === 'chunk') : [],
  );
  const [chunk, ...rest] = chunks;
  if (!chunk || rest.length > 0) throw new Error('The service worker must bundle to one file.');
  return chunk.code;
}
