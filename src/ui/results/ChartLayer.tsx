import { useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { DefaultZIndexes, ZIndexLayer } from 'recharts';
import { PlotFrameContext, PlotTopContext } from './chartScales';

/**
 * Puts a layer at `zIndex` of a Recharts chart. In our plain plot layers are drawn in the order
 * the chart lists them, except the hover layers (Recharts' active-dot level and above), which go
 * into the plot's top group (once it is in the page) so that a highlighted point shows over the
 * lines, as it did in Recharts.
 */
export function ChartLayer(props: { readonly zIndex: number; readonly children: ReactNode }) {
  const { zIndex, children } = props;
  const plain = useContext(PlotFrameContext) !== null;
  const top = useContext(PlotTopContext);
  if (!plain) return <ZIndexLayer zIndex={zIndex}>{children}</ZIndexLayer>;
  if (zIndex < DefaultZIndexes.activeDot) return <>{children}</>;
  return top === null ? null : createPortal(children, top);
}
