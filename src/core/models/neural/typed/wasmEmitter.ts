// Just enough of the WebAssembly binary format to emit one module by hand: a function type, an
// imported memory, functions and their exports (https://webassembly.github.io/spec/core/binary/).
// Bytes are plain number arrays; opcodes are named where the kernels use them.

/** A run of bytes of the binary format. */
export type Bytes = readonly number[];

/** Unsigned LEB128, as the format writes counts, sizes and indices. */
export function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    const low = rest & 0x7f;
    rest >>>= 7;
    out.push(rest === 0 ? low : low | 0x80);
  } while (rest !== 0);
  return out;
}

/** Signed LEB128, as i32.const writes its immediate. */
export function signedLeb(value: number): number[] {
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const low = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (low & 0x40) === 0) || (rest === -1 && (low & 0x40) !== 0);
    out.push(done ? low : low | 0x80);
    if (done) return out;
  }
}

function name(text: string): number[] {
  const bytes = [...text].map((char) => char.charCodeAt(0));
  return [...unsignedLeb(bytes.length), ...bytes];
}

function vector(items: readonly Bytes[]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

function section(id: number, content: Bytes): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

export const I32 = 0x7f;
export const V128 = 0x7b;

/** A function of the module: its i32 parameters, extra locals by type, and its code. */
export interface EmittedFunction {
  readonly exportName: string;
  readonly parameters: number;
  readonly locals: readonly { readonly type: number; readonly count: number }[];
  readonly code: Bytes;
}

/**
 * A module importing `env.memory` (at least `minimumPages` pages of 64 KiB) and exporting the
 * functions, each taking only i32 parameters and returning nothing.
 */
export function emitModule(
  minimumPages: number,
  functions: readonly EmittedFunction[],
): Uint8Array {
  const arities = [...new Set(functions.map((f) => f.parameters))];
  const types = arities.map((count) => [
    0x60,
    ...vector(Array.from({ length: count }, () => [I32])),
    0,
  ]);
  const memoryImport = [
    ...name('env'),
    ...name('memory'),
    0x02,
    0x00,
    ...unsignedLeb(minimumPages),
  ];
  const bodies = functions.map((f) => {
    const locals = vector(f.locals.map(({ type, count }) => [...unsignedLeb(count), type]));
    const body = [...locals, ...f.code, 0x0b];
    return [...unsignedLeb(body.length), ...body];
  });
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(2, vector([memoryImport])),
    ...section(3, vector(functions.map((f) => unsignedLeb(arities.indexOf(f.parameters))))),
    ...section(
      7,
      vector(functions.map((f, index) => [...name(f.exportName), 0x00, ...unsignedLeb(index)])),
    ),
    ...section(10, vector(bodies)),
  ]);
}

// Instructions the kernels use. Memory arguments are (log2 alignment, offset).
export const op = {
  localGet: (index: number) => [0x20, ...unsignedLeb(index)],
  localSet: (index: number) => [0x21, ...unsignedLeb(index)],
  localTee: (index: number) => [0x22, ...unsignedLeb(index)],
  i32Const: (value: number) => [0x41, ...signedLeb(value)],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  i32And: [0x71],
  i32Shl: [0x74],
  i32LtS: [0x48],
  i32GtS: [0x4a],
  i32GeS: [0x4e],
  i32Eqz: [0x45],
  f64Add: [0xa0],
  f64Load: (offset: number) => [0x2b, 0x03, ...unsignedLeb(offset)],
  f64Store: (offset: number) => [0x39, 0x03, ...unsignedLeb(offset)],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...unsignedLeb(depth)],
  brIf: (depth: number) => [0x0d, ...unsignedLeb(depth)],
  v128Load: (offset: number) => [0xfd, 0x00, 0x03, ...unsignedLeb(offset)],
  /** Loads one f64 into lane 0 and zero into lane 1. */
  v128Load64Zero: (offset: number) => [0xfd, 0x5d, 0x03, ...unsignedLeb(offset)],
  v128Store: (offset: number) => [0xfd, 0x0b, 0x03, ...unsignedLeb(offset)],
  v128Zero: [0xfd, 0x0c, ...new Array<number>(16).fill(0)],
  f64x2Splat: [0xfd, 0x14],
  f64x2ExtractLane: (lane: number) => [0xfd, 0x21, lane],
  f64x2Add: [0xfd, ...unsignedLeb(0xf0)],
  f64x2Mul: [0xfd, ...unsignedLeb(0xf2)],
} as const;

/** local = local + step (i32). */
export function incrementLocal(local: number, step: number): number[] {
  return [...op.localGet(local), ...op.i32Const(step), ...op.i32Add, ...op.localSet(local)];
}
