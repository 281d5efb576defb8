import { VARIANT_NAMES, type VariantName } from './syntheticTable';

export interface GeneratorArgs {
  readonly rows: number;
  readonly seed: number;
  readonly variant: VariantName;
  /** null: write the customers sample (CSV and XLSX) into public/samples. */
  readonly out: string | null;
}

export const USAGE =
  'usage: npm run sample -- [--rows N] [--seed S] [--variant customers|numeric|mixed] [--out PATH.csv|PATH.xlsx]';

function wholeNumber(flag: string, text: string | undefined, min: number): number | string {
  const value = Number(text);
  return Number.isInteger(value) && value >= min ? value : `${flag} needs a whole number >= ${min}`;
}

/** Reads the command line; returns a message instead of throwing when it is wrong. */
export function parseGeneratorArgs(argv: readonly string[]): GeneratorArgs | string {
  let rows = 4000;
  let seed = 42;
  let variant: VariantName = 'customers';
  let out: string | null = null;
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === '--rows' || flag === '--seed') {
      const parsed = wholeNumber(flag, value, flag === '--rows' ? 1 : 0);
      if (typeof parsed === 'string') return parsed;
      if (flag === '--rows') rows = parsed;
      else seed = parsed;
    } else if (flag === '--variant') {
      const known = VARIANT_NAMES.find((name) => name === value);
      if (!known) return `--variant must be one of ${VARIANT_NAMES.join(', ')}`;
      variant = known;
    } else if (flag === '--out') {
      if (!/\.(csv|xlsx)$/i.test(value)) return '--out must end in .csv or .xlsx';
      out = value;
    } else {
      return `unknown option ${flag}`;
    }
  }
  return { rows, seed, variant, out };
}
