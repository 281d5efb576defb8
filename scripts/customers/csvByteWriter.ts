import { closeSync, openSync, writeSync } from 'node:fs';
import type { Cell } from './syntheticTable';

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const SPACE = 0x20;
const COLON = 0x3a;
const MS_PER_DAY = 86_400_000;
const NEEDS_QUOTES = /[",\r\n]/;
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
// Free bytes kept before each cell, so numbers and separators never need their own bounds check.
const HEADROOM = 1 << 16;

/**
 * Writes CSV (UTF-8, comma, LF) straight into a reusable byte buffer that is flushed to disk as it
 * fills: a million rows never become one string, and numbers never become strings at all.
 */
export class CsvByteWriter {
  private readonly buffer = Buffer.allocUnsafe(1 << 22);
  private position = 0;
  private readonly dayTexts = new Map<number, string>();

  private constructor(private readonly fd: number) {}

  static open(path: string): CsvByteWriter {
    return new CsvByteWriter(openSync(path, 'w'));
  }

  /** Writes one LF-terminated record. */
  writeRow(cells: readonly Cell[]): void {
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) this.buffer[this.position++] = COMMA;
      this.writeCell(cells[i] ?? null);
    }
    this.buffer[this.position++] = NEWLINE;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    let written = 0;
    while (written < this.position) {
      written += writeSync(this.fd, this.buffer, written, this.position - written);
    }
    this.position = 0;
  }

  private writeCell(cell: Cell): void {
    if (this.position > this.buffer.length - HEADROOM) this.flush();
    if (cell === null) return;
    if (typeof cell === 'number') this.writeNumber(cell);
    else if (typeof cell === 'boolean') this.writeText(cell ? 'true' : 'false');
    else if (typeof cell === 'string') this.writeField(cell);
    else this.writeDate(cell);
  }

  private writeField(text: string): void {
    if (!NEEDS_QUOTES.test(text)) return this.writeText(text);
    this.writeText(`"${text.replaceAll('"', '""')}"`);
  }

  private writeText(text: string): void {
    if (this.position + text.length * 3 > this.buffer.length - 8) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        writeSync(this.fd, text);
        return;
      }
    }
    this.position += this.buffer.write(text, this.position);
  }

  /** Shortest decimal text for values with up to 8 decimals; anything else goes through String(). */
  private writeNumber(value: number): void {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return this.writeText(String(value));
    for (let digits = 0; digits < POWERS_OF_TEN.length; digits++) {
      const scale = POWERS_OF_TEN[digits] ?? 1;
      const scaled = Math.round(value * scale);
      if (scaled / scale === value && Math.abs(scaled) < 2 ** 53) {
        return this.writeScaled(scaled, digits);
      }
    }
    this.writeText(String(value));
  }

  /** Writes `scaled / 10^digits` as text, e.g. (-1205, 2) -> "-12.05". */
  private writeScaled(scaled: number, digits: number): void {
    const buffer = this.buffer;
    if (scaled < 0 || Object.is(scaled, -0)) {
      if (scaled !== 0) buffer[this.position++] = MINUS;
      scaled = -scaled;
    }
    const start = this.position;
    let remaining = scaled;
    let written = 0;
    // Digits come out lowest first, so they are written backwards and reversed at the end.
    do {
      if (written === digits && digits > 0) buffer[this.position + written++] = DOT;
      buffer[this.position + written++] = ZERO + (remaining % 10);
      remaining = Math.floor(remaining / 10);
    } while (remaining > 0 || written <= digits);
    for (let low = start, high = start + written - 1; low < high; low++, high--) {
      const byte = buffer[low] ?? ZERO;
      buffer[low] = buffer[high] ?? ZERO;
      buffer[high] = byte;
    }
    this.position += written;
  }

  /** yyyy-mm-dd at UTC midnight, else yyyy-mm-dd hh:mm:ss (UTC, whole seconds). */
  private writeDate(date: Date): void {
    const ms = date.getTime();
    if (!Number.isFinite(ms)) return;
    const timeOfDay = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
    const dayStart = ms - timeOfDay;
    let day = this.dayTexts.get(dayStart);
    if (day === undefined) {
      day = new Date(dayStart).toISOString().slice(0, 10);
      this.dayTexts.set(dayStart, day);
    }
    this.writeText(day);
    if (timeOfDay === 0) return;
    const seconds = Math.floor(timeOfDay / 1000);
    this.buffer[this.position++] = SPACE;
    this.writeTwoDigits(Math.floor(seconds / 3600));
    this.buffer[this.position++] = COLON;
    this.writeTwoDigits(Math.floor(seconds / 60) % 60);
    this.buffer[this.position++] = COLON;
    this.writeTwoDigits(seconds % 60);
  }

  private writeTwoDigits(value: number): void {
    this.buffer[this.position++] = ZERO + Math.floor(value / 10);
    this.buffer[this.position++] = ZERO + (value % 10);
  }
}
