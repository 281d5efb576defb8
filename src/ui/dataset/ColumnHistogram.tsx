import { useT } from '../i18n/useT';

const WIDTH = 240;
const HEIGHT = 56;
const MIN_BAR = 1.5; // px, so that a bin with a few rows stays visible

interface ColumnHistogramProps {
  readonly bars: readonly { readonly label: string; readonly count: number }[];
  readonly label: string;
  readonly caption?: string;
}

/** A small bar chart in plain SVG; hovering a bar shows its label and count. */
export function ColumnHistogram({ bars, label, caption }: ColumnHistogramProps) {
  const t = useT();
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const slot = WIDTH / bars.length;
  const gap = Math.min(3, slot * 0.2);
  return (
    <figure className="column-histogram">
      <svg
        className="column-histogram-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={label}
      >
        {bars.map((bar, i) => {
          const height = bar.count === 0 ? 0 : Math.max(MIN_BAR, (bar.count / max) * HEIGHT);
          return (
            <g key={i} className="column-histogram-bar">
              <title>{t('dataset.bar', { label: bar.label, count: bar.count })}</title>
              <rect className="column-histogram-hit" x={i * slot} width={slot} height={HEIGHT} />
              <rect
                className="column-histogram-fill"
                x={i * slot + gap / 2}
                y={HEIGHT - height}
                width={slot - gap}
                height={height}
                rx={1}
              />
            </g>
          );
        })}
      </svg>
      <figcaption className="column-histogram-axis">
        <span>{bars[0]?.label}</span>
        {caption && <span className="column-histogram-caption">{caption}</span>}
        {bars.length > 1 && <span>{bars.at(-1)?.label}</span>}
      </figcaption>
    </figure>
  );
}
