import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/useT';
import { LEGEND_CHART_MARGIN, LEGEND_HEIGHT, lineLegend, partLegend } from './chartLegendEntries';
import { CHART_MARGIN, PART_COLOURS, PART_SHAPES } from './chartPalette';

const t: Translate = (key) => `<${key}>`;

describe('partLegend', () => {
  it('lists the parts drawn, in order, with their colour, marker shape and translated name', () => {
    expect(partLegend(['train', 'test'], t)).toEqual([
      {
        key: 'train',
        name: '<results.part.train>',
        colour: PART_COLOURS.train,
        icon: { kind: 'marker', shape: PART_SHAPES.train },
      },
      {
        key: 'test',
        name: '<results.part.test>',
        colour: PART_COLOURS.test,
        icon: { kind: 'marker', shape: PART_SHAPES.test },
      },
    ]);
  });
});

describe('lineLegend', () => {
  it('is a solid line unless a dash pattern is given', () => {
    expect(lineLegend('curve', 'Fit', '#123456').icon).toEqual({ kind: 'line', dash: 'none' });
    expect(lineLegend('band', 'Band', '#123456', '5 4').icon).toEqual({
      kind: 'line',
      dash: '5 4',
    });
  });
});

describe('LEGEND_CHART_MARGIN', () => {
  it('leaves the legend its strip above the plot and keeps the other margins', () => {
    expect(LEGEND_CHART_MARGIN).toEqual({
      ...CHART_MARGIN,
      top: CHART_MARGIN.top + LEGEND_HEIGHT,
    });
  });
});
