/** Why a results computation failed: a code the UI may word, and an English fallback. */
export interface AnalysisFailure {
  readonly code: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}
