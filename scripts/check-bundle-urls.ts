// Fails the build when the production bundle holds an external URL we have not reviewed. Every
// URL left in dist/ today is inert text: XML namespaces, licence headers, and links inside
// libraries' error messages. A new host means new code that might fetch from it: review it, then
// add it here with the reason. The CSP and the zero-egress e2e test are the runtime guarantee.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REVIEWED_HOSTS: Readonly<Record<string, string>> = {
  'www.apache.org': 'licence headers (tfjs)',
  'www.w3.org': 'SVG and XML namespaces',
  'schemas.openxmlformats.org': 'XLSX namespaces (our writer and reader)',
  'github.com': 'tfjs error and warning messages',
  'www.shadertoy.com': 'a comment in tfjs-backend-webgl',
  'react.dev': 'React error messages',
  'rolldown.rs': 'bundler error message',
  'redux.js.org': 'error message (recharts dependency)',
  'redux-toolkit.js.org': 'error message (recharts dependency)',
  'en.wikipedia.org': 'a comment in tfjs',
  'emscripten.org': 'a warning in the tfjs WASM loader',
  'bit.ly': 'Immer error message (recharts dependency)',
  'arxiv.org': 'a comment in tfjs',
  'sheetjs.com': 'a comment in the cfb workbook reader',
};

const URL_PATTERN = /\bhttps?:\/\/([a-z0-9.-]+)/gi;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const unreviewed: string[] = [];
for (const file of files('dist').filter((name) => /\.(js|html|css|json|webmanifest)$/.test(name))) {
  for (const match of readFileSync(file, 'utf8').matchAll(URL_PATTERN)) {
    const host = (match[1] ?? '').toLowerCase();
    if (!Object.hasOwn(REVIEWED_HOSTS, host)) unreviewed.push(`${file}: ${match[0]}`);
  }
}
if (unreviewed.length > 0) {
  console.error('Unreviewed external URLs in the bundle:\n' + unreviewed.join('\n'));
  process.exit(1);
}
console.log('bundle URL check: only reviewed, inert hosts');
