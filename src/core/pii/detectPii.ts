import type { Column, DataTable } from '../data/table';
import { isChineseResidentId, isResidentIdNumberValue } from './nationalId';
import { isEmail, isPhone, isPhoneNumberValue } from './contactValues';
import { headerHint } from './headerHints';
import { couldBePersonName, isPersonName } from './personName';
import { PII_KINDS, type PiiFinding, type PiiKind } from './piiTypes';
import { couldBeAddress, isStreetAddress } from './streetAddress';

/** Distinct values (or numbers) looked at per column, so a million-row file stays fast. */
export const PII_SAMPLE_SIZE = 5000;
/** Share of sampled non-missing values that must match when the header says nothing. */
export const PII_MIN_SHARE = 0.8;
/** Share that suffices when the header names the kind (e.g. "手机", "email"). */
export const PII_MIN_SHARE_WITH_HINT = 0.5;
/** Fewer distinct values than this make a category ("华东", "华南"), not a list of people. */
export const NAME_MIN_DISTINCT = 5;

type Sample =
  | { readonly kind: 'texts'; readonly texts: string[]; readonly weights: number[] }
  | { readonly kind: 'numbers'; readonly values: number[] };

const TEXT_MATCHERS: readonly {
  kind: PiiKind;
  strict: (t: string) => boolean;
  loose: (t: string) => boolean;
}[] = [
  { kind: 'email', strict: isEmail, loose: isEmail },
  { kind: 'national-id', strict: isChineseResidentId, loose: isChineseResidentId },
  { kind: 'phone', strict: isPhone, loose: isPhone },
  { kind: 'address', strict: isStreetAddress, loose: couldBeAddress },
  { kind: 'name', strict: isPersonName, loose: couldBePersonName },
];

// A hinted phone column may hold international numbers whose "+" the parser dropped.
const anyPhoneLength = (value: number) => Number.isInteger(value) && value >= 1e6 && value < 1e15;
const never = () => false;
const NUMBER_MATCHERS: readonly {
  kind: PiiKind;
  strict: (v: number) => boolean;
  loose: (v: number) => boolean;
}[] = [
  { kind: 'national-id', strict: isResidentIdNumberValue, loose: isResidentIdNumberValue },
  { kind: 'phone', strict: isPhoneNumberValue, loose: anyPhoneLength },
  ...(['email', 'address', 'name'] as const).map((kind) => ({ kind, strict: never, loose: never })),
];

/** Up to `limit` dictionary entries spread evenly, weighted by how many rows hold each. */
function sampleLevels(codes: Int32Array, levels: readonly string[], limit: number): Sample {
  const counts = new Int32Array(levels.length);
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row] as number;
    if (code >= 0) counts[code] = (counts[code] as number) + 1;
  }
  const step = Math.max(1, levels.length / limit);
  const texts: string[] = [];
  const weights: number[] = [];
  for (let at = 0; at < levels.length; at += step) {
    const index = Math.floor(at);
    const count = counts[index] as number;
    const text = (levels[index] as string).trim();
    if (count > 0 && text !== '') {
      texts.push(text);
      weights.push(count);
    }
  }
  return { kind: 'texts', texts, weights };
}

/** Up to `limit` present values from rows spread evenly over the column. */
function sampleNumbers(values: Float64Array, limit: number): Sample {
  const step = Math.max(1, values.length / limit);
  const sample: number[] = [];
  for (let at = 0; at < values.length; at += step) {
    const value = values[Math.floor(at)] as number;
    if (!Number.isNaN(value)) sample.push(value);
  }
  return { kind: 'numbers', values: sample };
}

function sampleOf(column: Column, limit: number): Sample | null {
  if (column.type === 'date' || column.type === 'boolean') return null;
  const { raw } = column;
  if (raw.kind === 'numbers') return sampleNumbers(raw.values, limit);
  return sampleLevels(raw.codes, raw.dictionary, limit);
}

function shareOf(
  sample: Sample,
  test: { text: (t: string) => boolean; number: (v: number) => boolean },
): number {
  if (sample.kind === 'numbers') {
    const matched = sample.values.filter(test.number).length;
    return sample.values.length === 0 ? 0 : matched / sample.values.length;
  }
  let matched = 0;
  let total = 0;
  sample.texts.forEach((text, i) => {
    const weight = sample.weights[i] as number;
    total += weight;
    if (test.text(text)) matched += weight;
  });
  return total === 0 ? 0 : matched / total;
}

function distinctCount(sample: Sample): number {
  return sample.kind === 'texts' ? sample.texts.length : new Set(sample.values).size;
}

function matcherOf(kind: PiiKind, loose: boolean) {
  const text = TEXT_MATCHERS.find((m) => m.kind === kind);
  const number = NUMBER_MATCHERS.find((m) => m.kind === kind);
  return {
    text: (loose ? text?.loose : text?.strict) ?? never,
    number: (loose ? number?.loose : number?.strict) ?? never,
  };
}

/** Whether one column holds personal data, judged on a sample of its distinct values and its header. */
export function detectColumnPii(
  column: Column,
  columnIndex: number,
  limit = PII_SAMPLE_SIZE,
): PiiFinding | null {
  const sample = sampleOf(column, limit);
  if (sample === null) return null;
  const hint = headerHint(column.name);
  const order = hint === null ? PII_KINDS : [hint, ...PII_KINDS.filter((kind) => kind !== hint)];
  for (const kind of order) {
    const strictShare = shareOf(sample, matcherOf(kind, false));
    const hinted = kind === hint;
    const share = hinted ? shareOf(sample, matcherOf(kind, true)) : strictShare;
    if (share < (hinted ? PII_MIN_SHARE_WITH_HINT : PII_MIN_SHARE)) continue;
    if (kind === 'name' && !hinted && distinctCount(sample) < NAME_MIN_DISTINCT) continue;
    const byValues = strictShare >= PII_MIN_SHARE;
    const evidence = !hinted ? 'values' : byValues ? 'header-and-values' : 'header';
    const storedAsNumbers = sample.kind === 'numbers';
    return { columnIndex, column: column.name, kind, share, evidence, storedAsNumbers };
  }
  return null;
}

/** Every column of the table that holds e-mails, phones, resident IDs, names or addresses. */
export function detectPii(table: DataTable, limit = PII_SAMPLE_SIZE): PiiFinding[] {
  return table.columns.flatMap((column, index) => detectColumnPii(column, index, limit) ?? []);
}
