import type { LegendEntry } from './chartLegendEntries';
import { markerPath } from './pointGeometry';

/** Side (px) of a legend icon. */
const ICON = 14;
/** Area of a legend marker (px²): about the size Recharts gave its legend symbols. */
const MARKER_AREA = 64;

function LegendIconMark({ colour, icon }: Pick<LegendEntry, 'colour' | 'icon'>) {
  // `recharts-legend-icon` on the mark itself: the SVG download reads its colour from there.
  if (icon.kind === 'line') {
    return (
      <path
        className="recharts-legend-icon"
        d={`M0,${ICON / 2}h${ICON}`}
        fill="none"
        stroke={colour}
        strokeWidth={2.5}
        strokeDasharray={icon.dash}
      />
    );
  }
  if (icon.kind === 'bar') {
    return <rect className="recharts-legend-icon" width={ICON} height={ICON} fill={colour} />;
  }
  const d = markerPath(icon.shape, ICON / 2, ICON / 2, MARKER_AREA);
  return <path className="recharts-legend-icon" d={d} fill={colour} />;
}

/**
 * The legend of a Recharts chart as plain HTML over the plot's top margin. Recharts' own Legend
 * measures itself once drawn and lays the whole chart out again (a second render of every axis
 * and series); this one takes a fixed height, so the chart renders once. The class names are
 * Recharts' own, which the SVG download and the label colour rule read.
 */
export function ChartLegend({ entries }: { readonly entries: readonly LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend recharts-default-legend">
      {entries.map((entry) => (
        <li key={entry.key} className="recharts-legend-item">
          <svg width={ICON} height={ICON} viewBox={`0 0 ${ICON} ${ICON}`} aria-hidden="true">
            <LegendIconMark colour={entry.colour} icon={entry.icon} />
          </svg>
          <span className="recharts-legend-item-text">{entry.name}</span>
        </li>
      ))}
    </ul>
  );
}
