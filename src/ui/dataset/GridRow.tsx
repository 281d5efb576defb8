import type { VirtualItem } from '@tanstack/react-virtual';
import { memo } from 'react';
import type { Column } from '../../core/data/table';
import { alignsEnd, formatCell } from './formatCell';
import { ROW_HEIGHT } from './gridLayout';

interface GridRowProps {
  readonly row: number;
  /** Offset in the scrolled element, px. */
  readonly top: number;
  readonly width: number;
  readonly rowNumberWidth: number;
  readonly columns: readonly Column[];
  readonly visible: readonly VirtualItem[];
  readonly numberFormat: Intl.NumberFormat;
  readonly missingLabel: string;
}

/** One data row; memoised so rows that stay on screen while scrolling are not re-rendered. */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, top, width, rowNumberWidth, columns, visible, numberFormat, missingLabel } = props;
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      className="data-grid-row"
      style={{ width, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        className="data-grid-row-number"
        style={{ width: rowNumberWidth }}
      >
        {numberFormat.format(row + 1)}
      </div>
      {visible.map((item) => {
        const column = columns[item.index];
        if (!column) return null;
        const cell = formatCell(column, row, numberFormat);
        const classes = ['data-grid-cell'];
        if (cell.missing) classes.push('is-missing');
        if (alignsEnd(column.type)) classes.push('is-end');
        return (
          <div
            key={item.key}
            role="gridcell"
            aria-colindex={item.index + 2}
            className={classes.join(' ')}
            style={{ left: item.start, width: item.size }}
            {...(cell.missing ? { 'aria-label': missingLabel } : { title: cell.text })}
          >
            {cell.text}
          </div>
        );
      })}
    </div>
  );
});
