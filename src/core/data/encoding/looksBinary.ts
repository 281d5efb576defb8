import { detectBom, utf16FromNulPattern } from './byteSignals';

/** File signatures of formats people drop by mistake; a .csv starting like this is not text. */
const MAGIC_NUMBERS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP (also xlsx, docx)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE compound file (xls, doc)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // Rar!
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  [0xca, 0xfe, 0xba, 0xbe], // Java class / Mach-O fat
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], // SQLite format
];

// Git's rule of thumb: a NUL in the first 8000 bytes means binary.
const SCAN_BYTES = 8000;

function hasMagicNumber(sample: Uint8Array): boolean {
  return MAGIC_NUMBERS.some(
    (magic) => sample.length >= magic.length && magic.every((byte, i) => sample[i] === byte),
  );
}

/** Controls that do occur in text files: tab, LF, FF, CR, DOS end-of-file (1A) and ESC. */
function isTextControl(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0c ||
    code === 0x0d ||
    code === 0x1a ||
    code === 0x1b
  );
}

/** Counts NULs and other non-text controls among code units of `unitBytes` bytes (1 or 2). */
function countControls(sample: Uint8Array, unitBytes: 1 | 2, bigEndian: boolean) {
  const end = Math.min(sample.length, SCAN_BYTES) - (unitBytes - 1);
  let nuls = 0;
  let controls = 0;
  let units = 0;
  for (let i = 0; i < end; i += unitBytes) {
    const first = sample[i] ?? 0;
    const second = unitBytes === 2 ? (sample[i + 1] ?? 0) : 0;
    const code =
      unitBytes === 1 ? first : bigEndian ? (first << 8) | second : (second << 8) | first;
    units++;
    if (code === 0) nuls++;
    else if ((code < 0x20 && !isTextControl(code)) || code === 0x7f) controls++;
  }
  return { nuls, controls, units };
}

/** True for content that is not text: known file signatures, NULs outside UTF-16, many controls. */
export function looksBinary(sample: Uint8Array): boolean {
  if (hasMagicNumber(sample)) return true;
  const bom = detectBom(sample);
  const utf16 =
    bom !== null && bom.encoding !== 'utf-8' ? bom.encoding : utf16FromNulPattern(sample);
  const { nuls, controls, units } =
    utf16 === null
      ? countControls(sample, 1, false)
      : countControls(sample, 2, utf16 === 'utf-16be');
  // One odd control is tolerated in a large file; 5% of code units is no longer text.
  return nuls > 0 || controls * 20 > Math.max(units, 20);
}
