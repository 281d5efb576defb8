import type { SplitPart } from '../../core/results/resultTypes';

/** Split parts by name, in SplitPart order (0 train, 1 validation, 2 test). */
export type PartName = 'train' | 'validation' | 'test';
export const PART_NAMES: readonly PartName[] = ['train', 'validation', 'test'];

/** The name of a SplitPart (as used in `data-part` attributes and message keys). */
export function partName(part: SplitPart): PartName {
  return PART_NAMES[part] ?? 'train';
}

/**
 * Okabe & Ito's colour-blind-safe palette (2008), in an order where neighbours stay distinct.
 * Use for classes and other categorical series.
 */
export const OKABE_ITO: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#F0E442', // yellow (weak on white: keep it late)
  '#000000',
];

/** The colour of a series by index, cycling through the palette. */
export function seriesColour(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length] ?? '#000000';
}

/**
 * Dash patterns by series index (solid first): line series differ by more than colour, and a
 * `plainline` legend draws the same pattern.
 */
export const DASH_PATTERNS: readonly string[] = [
  'none',
  '8 4',
  '2 3',
  '10 3 2 3',
  '4 4',
  '14 4 3 4',
];

/** The dash pattern of a line series by index, cycling through DASH_PATTERNS. */
export function seriesDash(index: number): string {
  return DASH_PATTERNS[index % DASH_PATTERNS.length] ?? 'none';
}

/** Each split part has its own colour and marker shape, so parts differ without colour too. */
export const PART_COLOURS: Readonly<Record<PartName, string>> = {
  train: '#0072B2',
  validation: '#E69F00',
  test: '#009E73',
};

/** Marker shapes Recharts' Scatter draws by name. */
export type MarkerShape = 'circle' | 'triangle' | 'diamond' | 'square' | 'cross' | 'star' | 'wye';

export const PART_SHAPES: Readonly<Record<PartName, MarkerShape>> = {
  train: 'circle',
  validation: 'triangle',
  test: 'diamond',
};

/** Unicode glyphs matching PART_SHAPES, for legends and toggles drawn as text. */
export const PART_GLYPHS: Readonly<Record<PartName, string>> = {
  train: '●',
  validation: '▲',
  test: '◆',
};

/** The model's curve or line (vermillion stands out against the part colours). */
export const MODEL_COLOUR = '#D55E00';
/** Reference lines (y = x, zero) and confidence bands. */
export const REFERENCE_COLOUR = '#6b7280';
export const BAND_FILL = '#D55E00';
export const BAND_OPACITY = 0.15;
/** Bars of histograms and importance charts. */
export const BAR_COLOUR = '#56B4E9';
/** Highlights the best model in comparisons. */
export const BEST_COLOUR = '#009E73';

/** Standard chart height in pixels. */
export const CHART_HEIGHT = 260;
/** Margins that leave room for axis labels. */
export const CHART_MARGIN = { top: 8, right: 16, bottom: 24, left: 8 } as const;

/** Height of a horizontal bar chart that gives each bar room for its label. */
export function barChartHeight(bars: number): number {
  return Math.max(140, 60 + bars * 26);
}
