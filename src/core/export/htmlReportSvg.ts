/*
 * The chart SVG is re-written, not filtered: the text is split into tags and text, and only
 * allowed SVG elements come out, with attribute values re-quoted and escaped. Whatever the input
 * holds, the output is markup this file wrote itself.
 */

// SVG drawing elements; anything else (script, foreignObject, a, animate, set, style, image,
// iframe...) is dropped together with its content.
const ALLOWED_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'clipPath', 'mask', 'pattern', 'marker', 'symbol', 'use', 'path', 'rect',
  'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc',
  'linearGradient', 'radialGradient', 'stop',
]); // prettier-ignore

// HTML elements that never have a closing tag; skipping one must not wait for its end.
const VOID_ELEMENTS = new Set([
  'area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]); // prettier-ignore
const ATTRIBUTE_NAME = /^[A-Za-z_][\w:.-]*$/;
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction']);
const TAG = /^<(\/?)([^\s/>]+)([^]*?)(\/?)>$/;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// Tags are read quote-aware, so a ">" inside an attribute value does not end the tag.
const TOKENS =
  /<!--[^]*?(?:-->|$)|<!\[CDATA\[[^]*?(?:\]\]>|$)|<(?:[^>"']|"[^"]*"|'[^']*')*>?|[^<]+/g;
const ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** XML's entities read as the characters they stand for, so checks see what a browser sees. */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, body: string) => {
    const lower = body.toLowerCase();
    if (!lower.startsWith('#')) return NAMED[lower] ?? '';
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Text or an attribute value, escaped for HTML (NUL dropped). */
function escapeText(text: string): string {
  return text.replace(/\0/g, '').replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

/** Keeps an attribute unless it is an event handler, an outside link, or loads an outside url. */
function keepAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (!ATTRIBUTE_NAME.test(name) || lower.startsWith('on')) return false;
  if (LINK_ATTRIBUTES.has(lower)) return value.trim().startsWith('#');
  const compact = value.replace(/\s+/g, '').toLowerCase();
  if (compact.includes('javascript:') || compact.includes('expression(')) return false;
  return !/url\((?!['"]?#)/.test(compact);
}

function attributesXml(source: string): string {
  let out = '';
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1] as string;
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    if (keepAttribute(name, value)) out += ` ${name}="${escapeText(value)}"`;
  }
  return out;
}

/** Splits markup into tags (comments, CDATA and declarations included) and text between them. */
function tokens(markup: string): string[] {
  return markup.match(TOKENS) ?? [];
}

/**
 * A chart's SVG made safe to inline: no scripts, no event handlers, no foreignObject, no links
 * or urls outside the document; text re-escaped. Returns '' when no <svg> element is found.
 */
export function sanitiseSvg(markup: string): string {
  const open: string[] = [];
  let skipping = 0;
  let out = '';
  for (const token of tokens(markup)) {
    if (!token.startsWith('<')) {
      if (skipping === 0 && open.length > 0) out += escapeText(decodeEntities(token));
      continue;
    }
    const tag = TAG.exec(token);
    if (tag === null || token.startsWith('<!') || token.startsWith('<?')) continue;
    const [, closing, name = '', attributes = '', selfClosing] = tag;
    if (closing) {
      if (skipping > 0) skipping--;
      else if (open.includes(name)) {
        while (open.length > 0 && open[open.length - 1] !== name) out += `</${open.pop()}>`;
        out += `</${open.pop()}>`;
      }
      continue;
    }
    const selfClosed = selfClosing === '/' || VOID_ELEMENTS.has(name.toLowerCase());
    const allowed =
      skipping === 0 && ALLOWED_ELEMENTS.has(name) && (open.length > 0 || name === 'svg');
    if (!allowed) {
      if (!selfClosed) skipping++;
      continue;
    }
    out += `<${name}${attributesXml(attributes)}${selfClosed ? '/>' : '>'}`;
    if (!selfClosed) open.push(name);
  }
  while (open.length > 0) out += `</${open.pop()}>`;
  return out;
}
