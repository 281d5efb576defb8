export type CacheArray = Float32Array | Float64Array;
export type CachePrecision = 'float32' | 'float64';

/** Writes the values of `row` for the first `count` entries of `columns` into `out`. */
export type RowFiller = (row: number, columns: Int32Array, count: number, out: CacheArray) => void;

/** Rows are allocated in slabs of about this size (or one row, when a row is larger). */
const SLAB_BYTES = 8 * 1024 * 1024;

/** How many rows of `size` values a cache keeps within `budgetBytes` (two at least). */
export function cacheRowLimit(size: number, budgetBytes: number, precision: CachePrecision) {
  const bytesPerRow = Math.max(1, size * (precision === 'float32' ? 4 : 8));
  // Two rows at least: the solver holds rows i and j at the same time.
  return Math.min(size, Math.max(2, Math.floor(budgetBytes / bytesPerRow)));
}

/**
 * Least-recently-used cache of kernel (or Q) rows within a byte budget.
 *
 * While the solver shrinks, rows are only filled for the active columns, `order[0..count)`. The
 * active set only shrinks between `activateAll` calls, so a partial row stays valid until the set
 * grows again; a generation counter tells which rows predate the last growth. Such a row is
 * completed by filling the columns that were inactive just before that growth (after it every
 * column is active), and a row wanted in full is completed with the current inactive columns.
 */
export class KernelCache {
  readonly maxRows: number;
  hits = 0;
  misses = 0;
  /** Kernel values computed so far: the cost the cache and shrinking try to keep down. */
  valuesFilled = 0;
  private readonly buffers: (CacheArray | null)[];
  private readonly generation: Int32Array;
  private readonly full: Uint8Array;
  // Doubly linked LRU list over row ids; index `size` is the sentinel (front = most recent).
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private readonly allColumns: Int32Array;
  private order: Int32Array;
  private activeCount: number;
  /** Columns inactive just before the growth that ended each generation. */
  private readonly growthColumns: Int32Array[] = [];
  private currentGeneration = 0;
  private cachedRows = 0;
  private readonly bytesPerRow: number;
  private slab: CacheArray = new Float64Array(0);
  private slabRows = 0;
  private slabUsed = 0;

  constructor(
    readonly size: number,
    budgetBytes: number,
    private readonly precision: CachePrecision,
    private readonly fill: RowFiller,
    /** Room for every row (maxRows of them), e.g. a training's shared slab; else allocated here. */
    slab?: CacheArray,
  ) {
    this.bytesPerRow = Math.max(1, size * (precision === 'float32' ? 4 : 8));
    this.maxRows = cacheRowLimit(size, budgetBytes, precision);
    if (slab) {
      if (slab.length < this.maxRows * size) throw new Error('Kernel cache slab is too small');
      this.slab = slab;
      this.slabRows = this.maxRows;
    }
    // Filled with null, not left holey: V8 reads packed arrays faster.
    this.buffers = new Array<CacheArray | null>(size).fill(null);
    this.generation = new Int32Array(size);
    this.full = new Uint8Array(size);
    this.prev = new Int32Array(size + 1).fill(size);
    this.next = new Int32Array(size + 1).fill(size);
    this.allColumns = Int32Array.from({ length: size }, (_, k) => k);
    this.order = this.allColumns;
    this.activeCount = size;
  }

  /** Row `row`, valid for the active columns (or every column when `needFull`). */
  get(row: number, needFull: boolean): CacheArray {
    const buffer = this.buffers[row];
    if (!buffer) return this.fillNew(row, needFull);
    this.unlink(row);
    this.pushFront(row);
    if (this.full[row] === 1) {
      this.hits++;
      return buffer;
    }
    const generation = this.generation[row]!;
    if (generation !== this.currentGeneration) {
      this.completeRow(row, this.growthColumns[generation]!, buffer);
    } else if (needFull) {
      this.completeRow(row, this.order.subarray(this.activeCount), buffer);
    } else {
      this.hits++;
    }
    return buffer;
  }

  /** The solver shrank its active set to `order[0..count)`, a subset of the previous one. */
  shrinkColumns(order: Int32Array, count: number): void {
    this.order = order;
    this.activeCount = count;
  }

  /** Every column is active again: partial rows filled so far miss the ones that were not. */
  activateAll(): void {
    this.growthColumns[this.currentGeneration] = this.order.slice(this.activeCount);
    this.currentGeneration++;
    this.activeCount = this.size;
  }

  private fillNew(row: number, needFull: boolean): CacheArray {
    const buffer = this.allocate(row);
    this.misses++;
    const count = needFull ? this.size : this.activeCount;
    this.valuesFilled += count;
    this.fill(row, needFull ? this.allColumns : this.order, count, buffer);
    this.generation[row] = this.currentGeneration;
    this.full[row] = count === this.size ? 1 : 0;
    return buffer;
  }

  private completeRow(row: number, missing: Int32Array, buffer: CacheArray): void {
    this.misses++;
    this.valuesFilled += missing.length;
    this.fill(row, missing, missing.length, buffer);
    this.full[row] = 1;
  }

  private allocate(row: number): CacheArray {
    let buffer: CacheArray;
    if (this.cachedRows < this.maxRows) {
      buffer = this.newRow();
      this.cachedRows++;
    } else {
      // Reuse the least recently used row's buffer instead of allocating a new one.
      const victim = this.prev[this.size]!;
      buffer = this.buffers[victim]!;
      this.buffers[victim] = null;
      this.unlink(victim);
    }
    this.buffers[row] = buffer;
    this.pushFront(row);
    return buffer;
  }

  /**
   * A fresh row, cut from a slab of several rows: thousands of separate typed arrays each add
   * external memory, which made V8 run full garbage collections while the cache filled.
   */
  private newRow(): CacheArray {
    if (this.slabUsed === this.slabRows) {
      this.slabRows = Math.min(
        this.maxRows - this.cachedRows,
        Math.max(1, Math.floor(SLAB_BYTES / this.bytesPerRow)),
      );
      const length = this.slabRows * this.size;
      this.slab =
        this.precision === 'float32' ? new Float32Array(length) : new Float64Array(length);
      this.slabUsed = 0;
    }
    const start = this.slabUsed++ * this.size;
    return this.slab.subarray(start, start + this.size);
  }

  private unlink(row: number): void {
    const before = this.prev[row]!;
    const after = this.next[row]!;
    this.next[before] = after;
    this.prev[after] = before;
  }

  private pushFront(row: number): void {
    const sentinel = this.size;
    const first = this.next[sentinel]!;
    this.next[row] = first;
    this.prev[row] = sentinel;
    this.prev[first] = row;
    this.next[sentinel] = row;
  }
}
