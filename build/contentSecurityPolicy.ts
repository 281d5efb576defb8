import type { Plugin } from 'vite';

/**
 * The production Content-Security-Policy: everything from our own origin only, no eval (WASM
 * compilation aside, which the tfjs WASM backend needs), no plugins, no base or form targets.
 * `blob:` images let a chart be drawn into a canvas for its PNG download; `data:` is the favicon.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Puts the policy into the built index.html as a meta tag (the dev server stays unrestricted). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'sheetsense-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
