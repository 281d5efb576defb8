import {
  DELIMITERS,
  ENCODINGS,
  type Delimiter,
  type EncodingName,
} from '../../core/data/importTypes';
import { useAppStore } from '../../state/store';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';

const DELIMITER_LABELS: Record<Delimiter, MessageKey> = {
  ',': 'import.delimiter.comma',
  ';': 'import.delimiter.semicolon',
  '\t': 'import.delimiter.tab',
  '|': 'import.delimiter.pipe',
};

/** Shows how the file was read (encoding, delimiter, sheet) and re-imports when one changes. */
export function ImportSettings() {
  const t = useT();
  const report = useAppStore((s) => s.report);
  const reimport = useAppStore((s) => s.reimport);
  if (!report) return null;
  return (
    <div className="import-settings">
      {report.encoding && (
        <label>
          {t('import.encoding')}
          <select
            data-testid="encoding-select"
            value={report.encoding}
            onChange={(e) => void reimport({ encoding: e.target.value as EncodingName })}
          >
            {ENCODINGS.map((encoding) => (
              <option key={encoding} value={encoding}>
                {encoding}
              </option>
            ))}
          </select>
        </label>
      )}
      {report.delimiter && (
        <label>
          {t('import.delimiter')}
          <select
            data-testid="delimiter-select"
            value={report.delimiter}
            onChange={(e) => void reimport({ delimiter: e.target.value as Delimiter })}
          >
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {t(DELIMITER_LABELS[d])}
              </option>
            ))}
          </select>
        </label>
      )}
      {report.sheets.length > 1 && (
        <label>
          {t('import.sheet')}
          <select
            data-testid="sheet-select"
            value={report.sheet ?? ''}
            onChange={(e) => void reimport({ sheet: e.target.value })}
          >
            {report.sheets.map((sheet, i) => (
              <option key={i} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
