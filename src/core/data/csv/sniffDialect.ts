import { DELIMITERS } from '../importTypes';
import type { Delimiter } from '../importTypes';
import { cellShape, guessDecimal } from './cellShape';
import { guessHasHeader } from './guessHasHeader';
import { sampleRecords } from './sampleRecords';
import type { SampleRecords } from './sampleRecords';

export interface Dialect {
  readonly delimiter: Delimiter;
  readonly decimal: '.' | ',';
  readonly hasHeader: boolean;
}

interface Candidate {
  readonly delimiter: Delimiter;
  readonly sample: SampleRecords;
  readonly consistency: number;
  readonly cleanliness: number;
}

/**
 * Guesses the delimiter (the one giving the most consistent field count above one, quotes
 * respected), the decimal mark and whether the first row is a header, from decoded sample text
 * (the first ~64 KB; its last line may be cut).
 */
export function sniffDialect(sample: string): Dialect {
  const candidates = DELIMITERS.map((delimiter) => scoreDelimiter(sample, delimiter));
  let best: Candidate | null = null;
  for (const candidate of candidates) {
    if (candidate.consistency === 0) continue;
    if (best === null || isBetter(candidate, best)) best = candidate;
  }
  const chosen = best ?? candidates[0]!;
  const records = chosen.sample.records;
  const decimal = chosen.delimiter === ',' ? '.' : guessDecimal(records.slice(1));
  return { delimiter: chosen.delimiter, decimal, hasHeader: guessHasHeader(records, decimal) };
}

/** Higher consistency wins; on a tie, fields that do not hold other delimiters. */
const isBetter = (a: Candidate, b: Candidate): boolean =>
  a.consistency > b.consistency + 1e-9 ||
  (Math.abs(a.consistency - b.consistency) <= 1e-9 && a.cleanliness > b.cleanliness + 1e-9);

function scoreDelimiter(text: string, delimiter: Delimiter): Candidate {
  const sample = sampleRecords(text, delimiter);
  const complete =
    sample.lastMayBeCut && sample.records.length > 1 ? sample.records.slice(0, -1) : sample.records;
  const counts = new Map<number, number>();
  for (const record of complete) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  let modeLength = 0;
  let modeCount = 0;
  for (const [length, count] of counts) {
    if (count > modeCount || (count === modeCount && length > modeLength)) {
      modeLength = length;
      modeCount = count;
    }
  }
  const consistency = modeLength > 1 ? modeCount / complete.length : 0;
  return { delimiter, sample, consistency, cleanliness: cleanliness(complete, delimiter) };
}

/** Share of fields without another candidate delimiter in them (decimal-comma numbers pass). */
function cleanliness(records: readonly (readonly string[])[], delimiter: Delimiter): number {
  const others = DELIMITERS.filter((other) => other !== delimiter);
  let fields = 0;
  let clean = 0;
  for (const record of records) {
    for (const field of record) {
      fields++;
      const hasOther = others.some((other) => field.includes(other));
      if (!hasOther || (delimiter !== ',' && cellShape(field, ',') === 'number')) clean++;
    }
  }
  return fields === 0 ? 0 : clean / fields;
}
