import type { ImportError, ImportWarning } from '../../core/data/importTypes';
import type { Translate } from '../i18n/useT';

function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value >= 10 || unit === 0 ? 0 : 1)} ${units[unit] ?? 'B'}`;
}

/** The sentence explaining why a file could not be imported. */
export function importErrorMessage(t: Translate, error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('import.error.too-large', {
        size: formatBytes(error.bytes),
        max: formatBytes(error.maxBytes),
      });
    case 'zip-bomb':
      return t('import.error.zip-bomb', { max: formatBytes(error.maxBytes) });
    case 'unterminated-quote':
    case 'mixed-encoding':
      return t(`import.error.${error.code}`, { row: error.row });
    case 'bad-workbook':
    case 'read-failed':
    case 'worker-crashed':
    case 'out-of-memory':
      return t(`import.error.${error.code}`, { detail: error.detail });
    case 'unsupported-format':
      return t('import.error.unsupported-format', { extension: error.extension || '?' });
    case 'several-files':
      return t('import.error.several-files', { count: error.count });
    case 'too-many-columns':
      return t('import.error.too-many-columns', { columns: error.columns, max: error.maxColumns });
    default:
      return t(`import.error.${error.code}`);
  }
}

/** The sentence describing a non-fatal import finding. */
export function importWarningMessage(t: Translate, warning: ImportWarning): string {
  switch (warning.code) {
    case 'ragged-rows': {
      const more = warning.count > warning.rows.length ? ', …' : '';
      return t('import.warning.ragged-rows', {
        count: warning.count,
        rows: warning.rows.join(', ') + more,
      });
    }
    case 'renamed-headers': {
      const renames = warning.renames.map((r) => `“${r.from}” → “${r.to}”`).join(', ');
      return t('import.warning.renamed-headers', { renames });
    }
    case 'no-header':
      return t('import.warning.no-header', { columns: warning.columns });
    case 'empty-lines':
    case 'truncated-cells':
      return t(`import.warning.${warning.code}`, { count: warning.count });
    case 'guessed-encoding':
      return t('import.warning.guessed-encoding', { encoding: warning.encoding });
    case 'unparsed-values':
      return t('import.warning.unparsed-values', { column: warning.column, count: warning.count });
  }
}
