import type { BaseTickContentProps } from 'recharts';

/** How far below its anchor a label's text sits, per Recharts' vertical anchor (em). */
const BASELINE_SHIFT = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis tick label as one plain SVG text (give it as an axis's `tick`). Recharts' own tick
 * label measures each word in the page (a forced layout) to wrap it within the axis width; our
 * labels are short numbers or levels that never wrap.
 */
export function PlainTick(props: BaseTickContentProps) {
  const { x, y, payload, index, tickFormatter, textAnchor, verticalAnchor, fill } = props;
  const value: unknown = payload.value;
  const text = tickFormatter ? tickFormatter(value, index) : String(value);
  return (
    <text
      className="recharts-text recharts-cartesian-axis-tick-value"
      x={x}
      y={y}
      dy={BASELINE_SHIFT[verticalAnchor]}
      textAnchor={textAnchor}
      fill={fill ?? '#666'}
    >
      {text}
    </text>
  );
}
