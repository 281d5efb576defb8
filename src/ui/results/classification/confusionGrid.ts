/** One cell of a confusion matrix with its share of the actual class's rows. */
export interface ConfusionCell {
  readonly actual: number;
  readonly predicted: number;
  readonly count: number;
  /** count / rows of this actual class; 0 for a class with no rows. */
  readonly rowShare: number;
}

/** The cells of confusion[actual][predicted], row by row, each with its row share. */
export function confusionCells(confusion: readonly (readonly number[])[]): ConfusionCell[][] {
  return confusion.map((row, actual) => {
    const rowTotal = row.reduce((sum, count) => sum + count, 0);
    return row.map((count, predicted) => ({
      actual,
      predicted,
      count,
      rowShare: rowTotal === 0 ? 0 : count / rowTotal,
    }));
  });
}

// Deepest cell colour (blue-700); lighter shares blend it with white.
const DEEP = [29, 78, 216] as const;
const DARK_TEXT = '#111827';
const DARK_TEXT_LUMINANCE = 0.0092;

function blend(rowShare: number): readonly [number, number, number] {
  const weight = 0.05 + 0.95 * Math.min(1, Math.max(0, rowShare));
  const [r, g, b] = DEEP.map((channel) => Math.round(255 - weight * (255 - channel)));
  return [r ?? 255, g ?? 255, b ?? 255];
}

/** Cell fill for a row share: near white to deep blue, so a good diagonal stands out. */
export function shareColour(rowShare: number): string {
  const [r, g, b] = blend(rowShare);
  return `rgb(${r}, ${g}, ${b})`;
}

// WCAG relative luminance of an sRGB colour.
function luminance(rgb: readonly number[]): number {
  const linear = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
}

/** The text colour (white or near black) with the higher contrast on the cell's fill. */
export function shareTextColour(rowShare: number): string {
  const background = luminance(blend(rowShare));
  const onWhite = 1.05 / (background + 0.05);
  const onDark = (background + 0.05) / (DARK_TEXT_LUMINANCE + 0.05);
  return onWhite > onDark ? '#ffffff' : DARK_TEXT;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ConfusionSvgLabels {
  readonly actual: string;
  readonly predicted: string;
  /** The figure's caption, as the SVG's <title>. */
  readonly title?: string;
}

const CELL = 64;
const HEADER_HEIGHT = 56;
const CHAR_WIDTH = 7; // px per character at 12px, to size the row-label column
const COLUMN_LABEL_CHARS = 9; // what fits over a 64px cell
const ROW_LABEL_CHARS = 28;

/** A class name cut to `max` characters with an ellipsis. */
const fit = (name: string, max: number): string =>
  name.length <= max ? name : `${name.slice(0, max - 1)}…`;

/** The confusion heatmap as a standalone SVG document body (for download and the report). */
export function confusionSvg(
  classes: readonly string[],
  confusion: readonly (readonly number[])[],
  labels: ConfusionSvgLabels,
): string {
  const size = classes.length;
  const longest = Math.max(
    labels.actual.length,
    ...classes.map((name) => fit(name, ROW_LABEL_CHARS).length),
  );
  const labelWidth = Math.max(80, 16 + longest * CHAR_WIDTH);
  const width = labelWidth + size * CELL + 8;
  const height = HEADER_HEIGHT + size * CELL + 8;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    labels.title === undefined ? '' : `<title>${escapeXml(labels.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${labelWidth + (size * CELL) / 2}" y="16" text-anchor="middle" font-weight="600">${escapeXml(labels.predicted)}</text>`,
    `<text x="8" y="${HEADER_HEIGHT - 8}" font-weight="600">${escapeXml(labels.actual)}</text>`,
  ];
  classes.forEach((name, index) => {
    const x = labelWidth + index * CELL + CELL / 2;
    const column = escapeXml(fit(name, COLUMN_LABEL_CHARS));
    parts.push(`<text x="${x}" y="40" text-anchor="middle">${column}</text>`);
    const y = HEADER_HEIGHT + index * CELL + CELL / 2 + 4;
    const row = escapeXml(fit(name, ROW_LABEL_CHARS));
    parts.push(`<text x="${labelWidth - 8}" y="${y}" text-anchor="end">${row}</text>`);
  });
  for (const row of confusionCells(confusion)) {
    for (const cell of row) {
      const x = labelWidth + cell.predicted * CELL;
      const y = HEADER_HEIGHT + cell.actual * CELL;
      parts.push(
        `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${shareColour(cell.rowShare)}" stroke="#ffffff"/>`,
        `<text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle" fill="${shareTextColour(cell.rowShare)}">${cell.count}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
