import { leadingParts, type DateOrder } from './parseDateText';

/**
 * Decides day-month order for a column from its values: a first part above 12 means d/m/y, a
 * second part above 12 means m/d/y (the more frequent wins if both occur). When nothing tells,
 * dotted dates (01.03.2024) and files with a decimal comma read d/m/y, others m/d/y.
 * Columns without year-last numeric dates are 'ymd'.
 */
export function detectDateOrder(texts: readonly string[], decimalHint?: '.' | ','): DateOrder {
  let seen = 0;
  let dotted = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    const parts = leadingParts(text);
    if (parts === null) continue;
    seen++;
    if (parts.separator === '.') dotted++;
    if (parts.first > 12) dayFirst++;
    if (parts.second > 12) monthFirst++;
  }
  if (seen === 0) return 'ymd';
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'dmy' : 'mdy';
  if (dotted === seen || decimalHint === ',') return 'dmy';
  return 'mdy';
}
