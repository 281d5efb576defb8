import type { Translate } from '../i18n/useT';
import {
  CHART_MARGIN,
  PART_COLOURS,
  PART_SHAPES,
  type MarkerShape,
  type PartName,
} from './chartPalette';

/** How a legend entry's icon is drawn: a point marker, a line (maybe dashed) or a bar swatch. */
export type LegendIcon =
  | { readonly kind: 'marker'; readonly shape: MarkerShape }
  | { readonly kind: 'line'; readonly dash: string }
  | { readonly kind: 'bar' };

export interface LegendEntry {
  readonly key: string;
  readonly name: string;
  readonly colour: string;
  readonly icon: LegendIcon;
}

/** Height (px) the legend takes above the plot; charts add it to their top margin. */
export const LEGEND_HEIGHT = 24;

/** One legend entry per split part drawn, with the part's colour and marker shape. */
export function partLegend(parts: readonly PartName[], t: Translate): LegendEntry[] {
  return parts.map((part) => ({
    key: part,
    name: t(`results.part.${part}`),
    colour: PART_COLOURS[part],
    icon: { kind: 'marker', shape: PART_SHAPES[part] },
  }));
}

/** A legend entry for a line: solid, or dashed with the SVG dash pattern given. */
export function lineLegend(key: string, name: string, colour: string, dash = 'none'): LegendEntry {
  return { key, name, colour, icon: { kind: 'line', dash } };
}

/** Chart margins that leave the legend its strip above the plot. */
export const LEGEND_CHART_MARGIN = { ...CHART_MARGIN, top: CHART_MARGIN.top + LEGEND_HEIGHT };
