/** Kinds of personal data the PII guard recognises in a column. */
export type PiiKind = 'email' | 'phone' | 'national-id' | 'name' | 'address';

export const PII_KINDS: readonly PiiKind[] = ['email', 'phone', 'national-id', 'name', 'address'];

/** What the user chose to do with a PII column. */
export type PiiAction = 'keep' | 'drop' | 'mask' | 'pseudonymise';

export const PII_ACTIONS: readonly PiiAction[] = ['keep', 'drop', 'mask', 'pseudonymise'];

/** Why a column was flagged: its header, its values, or both. */
export type PiiEvidence = 'header' | 'values' | 'header-and-values';

/** One column found to hold personal data. */
export interface PiiFinding {
  readonly columnIndex: number;
  /** Header as imported: data, never used as an object key. */
  readonly column: string;
  readonly kind: PiiKind;
  /** Share (0..1) of the sampled non-missing values that look like `kind`. */
  readonly share: number;
  readonly evidence: PiiEvidence;
  /** The file stored the values as numbers (e.g. phone numbers typed into Excel). */
  readonly storedAsNumbers: boolean;
}

/** The action chosen for one column, kept in an array keyed by the column's name. */
export interface PiiColumnAction {
  readonly column: string;
  readonly action: PiiAction;
}
