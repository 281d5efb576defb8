/** What one timed run produced: the parsed row count (or null when not applicable) and the output. */
export interface RunOutput {
  readonly rows: number | null;
  /** Kept alive while memory is measured, so retained size reflects the real result. */
  readonly output: unknown;
}

export interface BenchImplementation {
  readonly name: string;
  /** The implementation other rows are compared against ("ratio vs ours"). */
  readonly ours?: boolean;
  /** Why this implementation cannot run here; it is listed but not timed. */
  readonly skipReason?: string;
  readonly run: () => RunOutput;
}

export interface BenchCase {
  readonly name: string;
  /** Input size, for MB/s. */
  readonly bytes: number;
  /** Rows every implementation should produce, for rows/s and a sanity check. */
  readonly rows: number;
  readonly implementations: readonly BenchImplementation[];
}

/** What a bench/*.bench.ts module exports as `suite`. */
export interface BenchSuite {
  readonly title: string;
  /** Builds inputs (cached where slow) and returns the cases to time. */
  prepare(): Promise<readonly BenchCase[]>;
}
