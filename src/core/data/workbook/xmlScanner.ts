import { decodeXmlText, normaliseNewlines } from './xmlText';

const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const COLON = 58;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

const isNameEnd = (c: number): boolean => c === GT || c === SLASH || c <= 32;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * A forward-only scanner over XML text: it visits element tags in order without building a tree.
 * Namespace prefixes are ignored (`x:c` matches `c`), which is all the OOXML parts need.
 */
export class XmlScanner {
  /** Where the last tag found ends (just past its `>`). */
  end = 0;
  isClosing = false;
  isSelfClosing = false;
  /** Where the raw value of the attribute last found by findAttr starts and ends. */
  valueStart = 0;
  valueEnd = 0;
  private nameStart = 0;
  private nameEnd = 0;

  constructor(readonly text: string) {}

  /** Moves to the next start or end tag; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    let at = this.end;
    for (;;) {
      at = text.indexOf('<', at);
      if (at < 0) return false;
      const c = text.charCodeAt(at + 1);
      if (c === QUESTION || c === BANG) {
        at = this.skipSpecial(at);
        if (at < 0) return false;
        continue;
      }
      this.isClosing = c === SLASH;
      let start = this.isClosing ? at + 2 : at + 1;
      let stop = start;
      while (stop < text.length && !isNameEnd(text.charCodeAt(stop))) {
        if (text.charCodeAt(stop) === COLON) start = stop + 1;
        stop += 1;
      }
      this.nameStart = start;
      this.nameEnd = stop;
      const close = findTagEnd(text, stop);
      if (close < 0) return false;
      this.isSelfClosing = text.charCodeAt(close - 1) === SLASH;
      this.end = close + 1;
      return true;
    }
  }

  /** Where the current tag's attributes begin (they end before `end - 1`). */
  get attributesStart(): number {
    return this.nameEnd;
  }

  /** True when the current tag's local name is `name`. */
  is(name: string): boolean {
    return (
      this.nameEnd - this.nameStart === name.length && this.text.startsWith(name, this.nameStart)
    );
  }

  /** Moves to the next tag with this local name (start or end); false when none is left. */
  seek(name: string): boolean {
    while (this.next()) if (this.is(name)) return true;
    return false;
  }

  /**
   * Finds the current tag's attribute with this local name; its raw value then lies between
   * `valueStart` and `valueEnd`. Reading positions spares a string per attribute on hot paths.
   */
  findAttr(name: string): boolean {
    const text = this.text;
    let at = this.nameEnd;
    const stop = this.end - 1;
    while (at < stop) {
      while (at < stop && isSpace(text.charCodeAt(at))) at += 1;
      let start = at;
      let c = text.charCodeAt(at);
      while (at < stop && c !== EQUALS && !isSpace(c)) {
        if (c === COLON) start = at + 1;
        at += 1;
        c = text.charCodeAt(at);
      }
      const nameEnd = at;
      while (at < stop && c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE) c = text.charCodeAt((at += 1));
      if (at >= stop) return false;
      const valueEnd = text.indexOf(c === DOUBLE_QUOTE ? '"' : "'", at + 1);
      if (valueEnd < 0) return false;
      if (nameEnd - start === name.length && text.startsWith(name, start)) {
        this.valueStart = at + 1;
        this.valueEnd = valueEnd;
        return true;
      }
      at = valueEnd + 1;
    }
    return false;
  }

  /** The decoded value of the current tag's attribute with this local name, or null. */
  attr(name: string): string | null {
    return this.findAttr(name)
      ? decodeXmlText(this.text.slice(this.valueStart, this.valueEnd))
      : null;
  }

  /** A non-negative integer attribute (a style index), or `fallback` when absent or not digits. */
  attrIndex(name: string, fallback: number): number {
    if (!this.findAttr(name)) return fallback;
    let value = 0;
    for (let at = this.valueStart; at < this.valueEnd; at += 1) {
      const digit = this.text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) return fallback;
      value = value * 10 + digit;
    }
    return this.valueEnd > this.valueStart ? value : fallback;
  }

  /** The decoded text right after the current start tag, up to the next tag (CDATA included). */
  innerText(): string {
    if (this.isSelfClosing || this.isClosing) return '';
    const text = this.text;
    let at = this.end;
    let out = '';
    for (;;) {
      const lt = text.indexOf('<', at);
      const stop = lt < 0 ? text.length : lt;
      out += decodeXmlText(text.slice(at, stop));
      if (lt < 0 || !text.startsWith('<![CDATA[', lt)) break;
      const cdataEnd = text.indexOf(']]>', lt + 9);
      if (cdataEnd < 0) break;
      out += text.slice(lt + 9, cdataEnd);
      at = cdataEnd + 3;
    }
    return normaliseNewlines(out);
  }

  /** Continues scanning from `position` (a caller that read some markup itself moves past it). */
  skipTo(position: number): void {
    this.end = position;
  }

  private skipSpecial(at: number): number {
    const text = this.text;
    if (text.startsWith('<!--', at)) return endAfter(text, '-->', at + 4);
    if (text.startsWith('<![CDATA[', at)) return endAfter(text, ']]>', at + 9);
    if (text.charCodeAt(at + 1) === QUESTION) return endAfter(text, '?>', at + 2);
    return endAfter(text, '>', at + 2);
  }
}

function endAfter(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

/** The index of the `>` that closes a tag, skipping quoted attribute values; -1 if none. */
function findTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let at = from; at < text.length; at += 1) {
    const c = text.charCodeAt(at);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === GT) {
      return at;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      quote = c;
    }
  }
  return -1;
}
