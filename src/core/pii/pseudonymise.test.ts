import { describe, expect, it } from 'vitest';
import { createPseudonymKey, hmacHex, importPseudonymKey, pseudonym, toHex } from './pseudonymise';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('keyed pseudonyms (HMAC-SHA-256)', () => {
  it('matches RFC 4231 test case 2', async () => {
    const key = await importPseudonymKey(bytes('Jefe'));
    expect(await hmacHex(key, 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches RFC 4231 test case 1 (20 bytes of 0x0b, "Hi There")', async () => {
    const key = await importPseudonymKey(new Uint8Array(20).fill(0x0b));
    expect(await hmacHex(key, 'Hi There')).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
  });

  it('gives equal tokens for equal values and different ones otherwise', async () => {
    const key = await createPseudonymKey();
    const first = await pseudonym(key, 'jane@example.com');
    expect(first).toMatch(/^p_[0-9a-f]{16}$/);
    expect(await pseudonym(key, 'jane@example.com')).toBe(first);
    expect(await pseudonym(key, 'john@example.com')).not.toBe(first);
  });

  it('gives different tokens under another session key', async () => {
    const [a, b] = await Promise.all([createPseudonymKey(), createPseudonymKey()]);
    expect(toHex(a.raw)).not.toBe(toHex(b.raw));
    expect(await pseudonym(a, '13812345678')).not.toBe(await pseudonym(b, '13812345678'));
  });
});
