/*
 * A chart on screen as a standalone SVG document: the Recharts surface cloned with the computed
 * styles written as presentation attributes (CSS classes and variables do not travel), a white background, and the
 * HTML legend redrawn as SVG where it sits on screen. Browser-only (getComputedStyle, XMLSerializer).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

/** Presentation properties that decide how an SVG element looks. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Hover decorations and the invisible hover surface, which would freeze into the export. */
const TRANSIENT =
  '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper, .chart-hit-area, .chart-active-point';

const SWATCH = 10;

/** The plot's own surface: a Recharts chart's, or a plain-SVG chart's `svg.chart-surface`. */
export function chartSurface(figure: Element): SVGSVGElement | null {
  return (
    figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface') ??
    figure.querySelector<SVGSVGElement>('svg.chart-surface') ??
    figure.querySelector<SVGSVGElement>('svg.recharts-surface')
  );
}

function inlineStyles(source: Element, target: Element): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = [target, ...target.querySelectorAll('*')];
  sources.forEach((element, index) => {
    const copy = targets[index];
    if (!copy) return;
    const computed = getComputedStyle(element);
    // Presentation attributes, not a style attribute: the page's CSP forbids inline styles.
    for (const name of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(name);
      if (value !== '') copy.setAttribute(name, value);
    }
  });
}

interface LegendEntry {
  readonly text: string;
  readonly colour: string;
  readonly textColour: string;
  /** Position of the label's box relative to the surface, in CSS pixels. */
  readonly x: number;
  readonly top: number;
  readonly height: number;
  readonly fontSize: string;
}

/** The HTML legend's entries where they sit on screen, relative to the chart surface. */
function legendEntries(figure: Element, surface: SVGSVGElement): LegendEntry[] {
  const origin = surface.getBoundingClientRect();
  return [...figure.querySelectorAll('.recharts-legend-item')].map((item) => {
    const label = item.querySelector('.recharts-legend-item-text') ?? item;
    const box = label.getBoundingClientRect();
    const style = getComputedStyle(label);
    // The series colour is on the icon (labels are drawn in the text colour for contrast).
    const icon = item.querySelector('.recharts-legend-icon, .recharts-symbols');
    const iconStyle = icon ? getComputedStyle(icon) : null;
    const iconFill = iconStyle?.fill;
    const iconColour = iconFill && iconFill !== 'none' ? iconFill : iconStyle?.stroke;
    return {
      text: label.textContent.trim(),
      colour: iconColour ?? style.color,
      textColour: style.color,
      x: box.left - origin.left,
      top: box.top - origin.top,
      height: box.height,
      fontSize: style.fontSize,
    };
  });
}

/** Redraws the legend as SVG (a swatch and a label per entry); returns the y where it ends. */
function appendLegend(svg: SVGSVGElement, entries: readonly LegendEntry[]): number {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('font-family', 'system-ui, sans-serif');
  let bottom = 0;
  for (const entry of entries) {
    const middle = entry.top + entry.height / 2;
    const swatch = document.createElementNS(SVG_NS, 'rect');
    const box = { x: entry.x - SWATCH - 4, y: middle - SWATCH / 2, width: SWATCH, height: SWATCH };
    for (const [name, value] of Object.entries(box)) swatch.setAttribute(name, String(value));
    swatch.setAttribute('fill', entry.colour);
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(entry.x));
    label.setAttribute('y', String(middle));
    label.setAttribute('dominant-baseline', 'central');
    label.setAttribute('font-size', entry.fontSize);
    label.setAttribute('fill', entry.textColour);
    label.textContent = entry.text;
    group.append(swatch, label);
    bottom = Math.max(bottom, entry.top + entry.height);
  }
  if (entries.length > 0) svg.append(group);
  return bottom;
}

/** The caption of a chart figure without the text of its buttons. */
export function captionOf(figure: Element): string {
  const caption = figure.querySelector('figcaption')?.cloneNode(true);
  if (!(caption instanceof Element)) return figure.getAttribute('aria-label') ?? '';
  caption.querySelectorAll('button, [role="alert"]').forEach((element) => element.remove());
  return caption.textContent.trim();
}

/**
 * The figure's chart as SVG markup, or null when it has no Recharts surface. `prolog` adds the
 * XML declaration a standalone .svg file wants (leave it out when embedding in HTML).
 */
export function serialiseChartSvg(figure: Element, prolog = true): string | null {
  const surface = chartSurface(figure);
  if (!surface) return null;
  const box = surface.getBoundingClientRect();
  const width = Number(surface.getAttribute('width')) || Math.round(box.width);
  const plotHeight = Number(surface.getAttribute('height')) || Math.round(box.height);
  const clone = surface.cloneNode(true) as SVGSVGElement;
  inlineStyles(surface, clone);
  // Inline style attributes would be parsed again (PNG, report) under the page's strict CSP.
  for (const element of [clone, ...clone.querySelectorAll('[style]')]) {
    element.removeAttribute('style');
  }
  clone.querySelectorAll(TRANSIENT).forEach((element) => element.remove());
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.prepend(background);
  const legendEnd = appendLegend(clone, legendEntries(figure, surface));
  const height = Math.max(plotHeight, Math.ceil(legendEnd + 4));
  clone.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('class');
  // A static picture: not a focusable application, and titled by the chart's caption.
  clone.removeAttribute('tabindex');
  clone.setAttribute('role', 'img');
  const title = clone.querySelector(':scope > title');
  if (title) title.textContent = captionOf(figure);
  const markup = new XMLSerializer().serializeToString(clone);
  return prolog ? XML_PROLOG + markup : markup;
}

/** Adds the XML declaration to SVG markup that lacks it (for a standalone .svg file). */
export function withXmlProlog(markup: string): string {
  return markup.startsWith('<?xml') ? markup : XML_PROLOG + markup;
}
