import { createElement } from 'react';
import { Scatter } from 'recharts';
import type { Translate } from '../i18n/useT';
import { PART_COLOURS, PART_SHAPES } from './chartPalette';
import type { PartSeries } from './groupByPart';

/**
 * One Recharts Scatter per split part, each with its own colour and marker shape. A function
 * (not a component) so the chart sees the Scatter elements as its direct children.
 */
export function partScatters<T>(series: readonly PartSeries<T>[], t: Translate) {
  return series.map((entry) =>
    createElement(Scatter, {
      key: entry.part,
      name: t(`results.part.${entry.part}`),
      data: [...entry.points],
      fill: PART_COLOURS[entry.part],
      shape: PART_SHAPES[entry.part],
      // The legend shows each part's marker shape, not only its colour.
      legendType: PART_SHAPES[entry.part],
      isAnimationActive: false,
    }),
  );
}
