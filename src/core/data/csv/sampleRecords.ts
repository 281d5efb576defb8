import type { Delimiter } from '../importTypes';

export interface SampleRecords {
  readonly records: readonly (readonly string[])[];
  /** The sample stopped inside the last record, which may therefore be cut short. */
  readonly lastMayBeCut: boolean;
}

/**
 * Splits decoded sample text into records of fields (RFC 4180 quoting, CRLF/LF/CR), skipping
 * empty lines; at most `maxRecords`.
 */
export function sampleRecords(
  sample: string,
  delimiter: Delimiter,
  maxRecords = 200,
): SampleRecords {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push(fields);
    fields = [];
    field = '';
  };
  while (i < sample.length && records.length < maxRecords) {
    const char = sample[i]!;
    if (quoted) {
      if (char === '"' && sample[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && sample[i + 1] === '\n') i++;
      endRecord();
    } else field += char;
    i++;
  }
  const lastMayBeCut = i >= sample.length && (quoted || fields.length > 0 || field !== '');
  if (lastMayBeCut) endRecord();
  return { records, lastMayBeCut };
}
