import { describe, expect, it } from 'vitest';
import { confusionCells, confusionSvg, shareColour, shareTextColour } from './confusionGrid';

const confusion = [
  [8, 2, 0],
  [1, 6, 3],
  [0, 0, 0],
];

describe('confusionCells', () => {
  it('keeps confusion[actual][predicted] and each count', () => {
    const cells = confusionCells(confusion);
    expect(cells[1]?.[2]).toMatchObject({ actual: 1, predicted: 2, count: 3 });
    expect(cells.flat().map((cell) => cell.count)).toEqual(confusion.flat());
  });

  it('shares each count of the actual class row, so a row sums to 1', () => {
    const cells = confusionCells(confusion);
    expect(cells[0]?.map((cell) => cell.rowShare)).toEqual([0.8, 0.2, 0]);
    const secondRow = cells[1]?.reduce((sum, cell) => sum + cell.rowShare, 0);
    expect(secondRow).toBeCloseTo(1, 12);
  });

  it('gives a class without rows shares of 0 rather than NaN', () => {
    expect(confusionCells(confusion)[2]?.map((cell) => cell.rowShare)).toEqual([0, 0, 0]);
  });
});

describe('shareColour', () => {
  it('deepens with the row share and clamps outside 0..1', () => {
    const sum = (colour: string) =>
      (colour.match(/\d+/g) ?? []).reduce((total, channel) => total + Number(channel), 0);
    expect(sum(shareColour(0.9))).toBeLessThan(sum(shareColour(0.1)));
    expect(shareColour(2)).toBe(shareColour(1));
    expect(shareColour(-1)).toBe(shareColour(0));
  });

  it('switches to white text on dark cells only', () => {
    expect(shareTextColour(0.9)).toBe('#ffffff');
    expect(shareTextColour(0.1)).not.toBe('#ffffff');
  });
});

describe('confusionSvg', () => {
  const svg = confusionSvg(['<a>', 'b & c', 'd'], confusion, {
    actual: 'Actual',
    predicted: 'Predicted',
  });

  it('draws one cell per class pair with its count printed', () => {
    const cellRects = svg.match(/<rect x=/g) ?? [];
    expect(cellRects).toHaveLength(9);
    for (const count of [8, 2, 6, 3]) expect(svg).toContain(`>${count}</text>`);
  });

  it('escapes class names so the document stays well formed', () => {
    expect(svg).toContain('&#60;a&#62;');
    expect(svg).toContain('b &#38; c');
    expect(svg).not.toContain('<a>');
  });

  it('shortens long class names over the narrow columns', () => {
    const long = confusionSvg(
      ['a very long class name', 'b'],
      [
        [1, 0],
        [0, 1],
      ],
      {
        actual: 'Actual',
        predicted: 'Predicted',
        title: 'Confusion matrix',
      },
    );
    expect(long).toContain('>a very l…</text>');
    expect(long).toContain('>a very long class name</text>');
    expect(long).toContain('<title>Confusion matrix</title>');
  });

  it('is a standalone SVG element with the axis titles', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('>Actual</text>');
    expect(svg).toContain('>Predicted</text>');
  });
});
