const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Converts an Excel date serial (days, wall-clock time) to ms since 1970-01-01 UTC. In the 1900
 * system Excel counts a 29 Feb 1900 that never existed (serial 60): serials below it are shifted by
 * one day, and serial 60 itself reads as 28 Feb 1900.
 */
export function excelSerialToMs(serial: number, date1904: boolean): number {
  if (!Number.isFinite(serial)) return NaN;
  if (date1904) return Math.round(EPOCH_1904 + serial * DAY_MS);
  const days = serial < 60 ? serial + 1 : serial;
  return Math.round(EPOCH_1900 + days * DAY_MS);
}

/** ISO text for a date cell: yyyy-mm-dd, or yyyy-mm-ddTHH:MM:SS(.sss) when it has a time. */
export function msToIsoText(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString(); // yyyy-mm-ddTHH:MM:SS.sssZ
  const t = iso.indexOf('T');
  if (ms % DAY_MS === 0) return iso.slice(0, t);
  const withoutZone = iso.slice(0, -1);
  return withoutZone.endsWith('.000') ? withoutZone.slice(0, -4) : withoutZone;
}

/** Parses an ISO 8601 date cell (`t="d"`); without a zone it is wall-clock time, read as UTC. */
export function parseIsoDateCell(text: string): number {
  const value = text.trim();
  const t = value.indexOf('T');
  if (t < 0) return value.length === 10 ? Date.parse(value) : NaN;
  const time = value.slice(t);
  const hasZone = time.endsWith('Z') || time.includes('+') || time.includes('-');
  const ms = Date.parse(hasZone ? value : `${value}Z`);
  return Number.isNaN(ms) ? NaN : ms;
}
