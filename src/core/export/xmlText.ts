// XML 1.0 forbids most C0 control characters (and U+FFFE/U+FFFF) even when escaped.
// eslint-disable-next-line no-control-regex -- matching those characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const NEEDS_ESCAPE = /[&<>"]/;
const ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
]);

/** Escapes text for an XML element or a double-quoted attribute, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  const clean = text.replace(INVALID_XML_CHARS, '');
  if (!NEEDS_ESCAPE.test(clean)) return clean;
  return clean.replace(/[&<>"]/g, (char) => ESCAPES.get(char) ?? char);
}

/** A `<t>` element; edge whitespace would be dropped by spreadsheet readers without xml:space. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeXml(text)}</t>`;
}
