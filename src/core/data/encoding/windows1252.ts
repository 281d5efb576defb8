// Own table because Node 20.18.3+ decodes 'windows-1252' as Latin-1 (nodejs/node#60888):
// bytes 0x80-0x9F would become C1 controls instead of € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
// Per WHATWG, the five unassigned bytes (81 8D 8F 90 9D) map to the C1 control of the same value.
const HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const CODE_FOR_BYTE = Uint16Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROLS.charCodeAt(byte - 0x80) : byte,
);

// Under the engines' argument-count limit for String.fromCharCode.apply.
const BLOCK = 8192;

// Without bytes 0x80-0x9F, Latin-1 and windows-1252 agree, and the native decoder is faster.
const nativeDecoder = new TextDecoder('windows-1252');

function hasHighControlBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (((bytes[i] ?? 0) & 0xe0) === 0x80) return true;
  }
  return false;
}

/** Decodes windows-1252 bytes as browsers do; every byte maps to a character, so it never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  if (!hasHighControlBytes(bytes)) return nativeDecoder.decode(bytes);
  const codes = new Uint16Array(Math.min(bytes.length, BLOCK));
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BLOCK) {
    const end = Math.min(bytes.length, start + BLOCK);
    for (let i = start; i < end; i++) codes[i - start] = CODE_FOR_BYTE[bytes[i] ?? 0] ?? 0;
    // apply takes any array-like; a typed array avoids copying to a plain array.
    const block = codes.subarray(0, end - start) as unknown as number[];
    parts.push(String.fromCharCode.apply(null, block));
  }
  return parts.join('');
}

/** True for the five bytes windows-1252 leaves unassigned: text never contains them. */
export function isUnassignedWindows1252(char: string): boolean {
  return (
    char === '\u0081' ||
    char === '\u008d' ||
    char === '\u008f' ||
    char === '\u0090' ||
    char === '\u009d'
  );
}
