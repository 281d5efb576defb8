import { useChartScales } from '../chartScales';
import type { Placement } from '../XHoverLayer';
import { LIFT_AXIS, pixelOf, type GainsDatum } from './diagnosticCurves';

/** A dot on a curve where the hovered item is, as Recharts drew its active dots. */
export function ActiveDot(props: {
  readonly x: number | null;
  readonly y: number | null;
  readonly colour: string;
}) {
  const { x, y, colour } = props;
  if (x === null || y === null) return null;
  return <circle cx={x} cy={y} r={4} fill={colour} stroke="#ffffff" strokeWidth={2} />;
}

interface GainsHighlightProps {
  readonly datum: GainsDatum;
  readonly place: Placement;
  readonly gainColour: string;
  readonly liftColour: string;
}

/** The hovered share: a vertical cursor, a dot on the gains curve and one on lift (own axis). */
export function GainsHighlight({ datum, place, gainColour, liftColour }: GainsHighlightProps) {
  const lift = useChartScales(LIFT_AXIS);
  const x = pixelOf(place.toX, datum.share);
  if (x === null) return null;
  return (
    <g className="chart-active-point">
      <path d={`M${x},${place.top}V${place.bottom}`} stroke="#999" strokeDasharray="3 3" />
      <ActiveDot x={x} y={pixelOf(place.toY, datum.gain)} colour={gainColour} />
      <ActiveDot x={x} y={pixelOf(lift?.toY, datum.lift)} colour={liftColour} />
    </g>
  );
}
