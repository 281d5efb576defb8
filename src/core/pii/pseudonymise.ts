// Keyed pseudonyms: HMAC-SHA-256 through WebCrypto (browsers, workers and Node all have
// `crypto.subtle`). Core's lib has no DOM types, so the small part used is declared here.

interface HmacSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: boolean,
    usages: readonly 'sign'[],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

interface WebCrypto {
  readonly subtle: HmacSubtle;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

const webCrypto = (): WebCrypto => (globalThis as unknown as { crypto: WebCrypto }).crypto;

/** A session's pseudonym key: the raw bytes (for an export the user asks for) and the HMAC key. */
export interface PseudonymKey {
  readonly raw: Uint8Array;
  readonly hmac: unknown;
}

/** Key length in bytes: the SHA-256 block output size, as RFC 2104 recommends. */
export const PSEUDONYM_KEY_BYTES = 32;
/** Hex characters of the HMAC kept in a token: 64 bits, collisions negligible below ~10^8 values. */
export const TOKEN_HEX_LENGTH = 16;

/** Imports raw key bytes as an HMAC-SHA-256 signing key. */
export async function importPseudonymKey(raw: Uint8Array): Promise<PseudonymKey> {
  const algorithm = { name: 'HMAC', hash: 'SHA-256' } as const;
  const hmac = await webCrypto().subtle.importKey('raw', raw, algorithm, false, ['sign']);
  return { raw: raw.slice(), hmac };
}

/** A fresh random key for this session (never stored). */
export function createPseudonymKey(): Promise<PseudonymKey> {
  return importPseudonymKey(webCrypto().getRandomValues(new Uint8Array(PSEUDONYM_KEY_BYTES)));
}

/** Bytes as lowercase hex. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** HMAC-SHA-256 of a UTF-8 string, as hex. */
export async function hmacHex(key: PseudonymKey, text: string): Promise<string> {
  const mac = await webCrypto().subtle.sign('HMAC', key.hmac, new TextEncoder().encode(text));
  return toHex(new Uint8Array(mac));
}

/** A short stable token: equal inputs under one key give equal tokens ("p_" + 16 hex). */
export async function pseudonym(key: PseudonymKey, text: string): Promise<string> {
  return `p_${(await hmacHex(key, text)).slice(0, TOKEN_HEX_LENGTH)}`;
}

/** Values signed per batch: one Promise.all over 100,000 values is about twice as slow. */
const BATCH = 2000;

/** Tokens for many values, in order. */
export async function pseudonymsOf(key: PseudonymKey, texts: readonly string[]): Promise<string[]> {
  const tokens: string[] = [];
  for (let start = 0; start < texts.length; start += BATCH) {
    const batch = texts.slice(start, start + BATCH);
    tokens.push(...(await Promise.all(batch.map((text) => pseudonym(key, text)))));
  }
  return tokens;
}
