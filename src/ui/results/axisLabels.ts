/** A Recharts label under the x axis (the chart margin leaves room for it). */
export function xAxisLabel(value: string) {
  return { value, position: 'insideBottom' as const, offset: -14 };
}

/** A Recharts label along the y axis, rotated. */
export function yAxisLabel(value: string) {
  return {
    value,
    angle: -90,
    position: 'insideLeft' as const,
    style: { textAnchor: 'middle' as const },
  };
}
