// Just enough of the WebAssembly binary format to emit one module by hand: a function type, an
// imported memory, functions and their exports (https://webassembly.github.io/spec/core/binary/).
// Bytes are plain number arrays; opcodes are named where the kernels use them (the neural
// network's products and the SVM's kernel rows).

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
  i32ShrS: [0x75],
  i32Load: (offset: number) => [0x28, 0x02, ...unsignedLeb(offset)],
  /** Pops a condition, then the second and first operand: the first when the condition holds. */
  select: [0x1b],
  f64Add: [0xa0],
  f64Mul: [0xa2],
  f64Const: (value: number) => [0x44, ...new Uint8Array(Float64Array.of(value).buffer)],
  f64Load: (offset: number) => [0x2b, 0x03, ...unsignedLeb(offset)],
  f64Store: (offset: number) => [0x39, 0x03, ...unsignedLeb(offset)],
  f32Store: (offset: number) => [0x38, 0x02, ...unsignedLeb(offset)],
  /** Rounds a double to the nearest float, as a Float32Array store does. */
  f32DemoteF64: [0xb6],
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
  /** A v128 constant with `value` in both f64 lanes. */
  f64x2Const: (value: number) => [
    0xfd,
    0x0c,
    ...new Uint8Array(Float64Array.of(value, value).buffer),
  ],
  /** Replaces one f64 lane of a vector with a value loaded from memory. */
  v128Load64Lane: (offset: number, lane: number) => [
    0xfd,
    0x57,
    0x03,
    ...unsignedLeb(offset),
    lane,
  ],
  /** Lanes of two vectors by byte index (0-15 the first, 16-31 the second). */
  i8x16Shuffle: (lanes: readonly number[]) => [0xfd, 0x0d, ...lanes],
  /** a & ~b. */
  v128AndNot: [0xfd, 0x4f],
  i32x4ExtractLane: (lane: number) => [0xfd, 0x1b, lane],
  /** Both f64 lanes truncated to i32 lanes 0 and 1 (saturating), lanes 2 and 3 zero. */
  i32x4TruncSatF64x2SZero: [0xfd, ...unsignedLeb(0xfc)],
  f64x2Splat: [0xfd, 0x14],
  f64x2ExtractLane: (lane: number) => [0xfd, 0x21, lane],
  f64x2ReplaceLane: (lane: number) => [0xfd, 0x22, lane],
  f64x2Lt: [0xfd, 0x49],
  f64x2Add: [0xfd, ...unsignedLeb(0xf0)],
  f64x2Sub: [0xfd, ...unsignedLeb(0xf1)],
  f64x2Mul: [0xfd, ...unsignedLeb(0xf2)],
  /** a < b ? b : a per lane (a pushed first): pmax(0, d) is `d > 0 ? d : 0`, NaN included. */
  f64x2Pmax: [0xfd, ...unsignedLeb(0xf7)],
} as const;

/** local = local + step (i32). */
export function incrementLocal(local: number, step: number): number[] {
  return [...op.localGet(local), ...op.i32Const(step), ...op.i32Add, ...op.localSet(local)];
}
