import type { ScoreError } from './scoreTable';

/** A scoring error's details as flat message parameters, so the UI can say it in any language. */
export function scoreErrorParams(error: ScoreError): Readonly<Record<string, string | number>> {
  switch (error.code) {
    case 'missing-columns':
      return {
        columns: error.columns.join('”, “'),
        count: error.columns.length,
        renamed: error.renamedLooking
          .map(({ found, expected }) => `${found} → ${expected}`)
          .join('; '),
      };
    case 'type-mismatch':
      return { column: error.column, expected: error.expected, found: error.found };
    case 'cannot-prepare':
      return {
        reason: error.reason.code,
        column: 'column' in error.reason ? error.reason.column : '',
      };
    case 'model-failed':
      return { detail: error.message };
  }
}
