import type { ReportSection } from '../export/htmlReport';
import type { FeatureStep } from '../prep/prepTypes';
import { maskValue } from './maskValue';
import type { PiiColumnAction, PiiFinding } from './piiTypes';

/** A raw value and the mask that replaces it in free text. */
export interface Redaction {
  readonly raw: string;
  readonly masked: string;
}

const actionOf = (actions: readonly PiiColumnAction[], column: string) =>
  actions.find((entry) => entry.column === column)?.action ?? 'keep';

/**
 * The raw values a run's report can show: the one-hot levels (feature names, chart labels) of PII
 * columns kept as they are, each paired with its mask. Longest first, so "Jane Doe" goes before "Jane".
 */
export function reportRedactions(
  steps: readonly FeatureStep[],
  findings: readonly PiiFinding[],
  actions: readonly PiiColumnAction[],
): Redaction[] {
  const redactions: Redaction[] = [];
  for (const step of steps) {
    const finding = findings.find((f) => f.column === step.column);
    if (!finding || step.kind !== 'one-hot' || actionOf(actions, finding.column) !== 'keep')
      continue;
    for (const raw of [...step.levels, ...step.otherLevels]) {
      if (raw.trim() !== '') redactions.push({ raw, masked: maskValue(finding.kind, raw) });
    }
  }
  return redactions.sort((a, b) => b.raw.length - a.raw.length);
}

/** `text` with every raw value replaced by its mask. */
export function redactText(text: string, redactions: readonly Redaction[]): string {
  let out = text;
  for (const { raw, masked } of redactions) {
    if (out.includes(raw)) out = out.split(raw).join(masked);
  }
  return out;
}

/** A report section with every heading, paragraph, table cell and chart label redacted. */
export function redactSection(
  section: ReportSection,
  redactions: readonly Redaction[],
): ReportSection {
  if (redactions.length === 0) return section;
  const text = (value: string) => redactText(value, redactions);
  const cell = (value: string | number) => (typeof value === 'string' ? text(value) : value);
  return {
    heading: text(section.heading),
    ...(section.paragraphs ? { paragraphs: section.paragraphs.map(text) } : {}),
    ...(section.table
      ? {
          table: {
            headers: section.table.headers.map(text),
            rows: section.table.rows.map((row) => row.map(cell)),
          },
        }
      : {}),
    ...(section.svg !== undefined ? { svg: text(section.svg) } : {}),
  };
}
