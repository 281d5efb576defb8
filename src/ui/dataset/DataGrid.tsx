import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { DataTable } from '../../core/data/table';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { DataGridHeader } from './DataGridHeader';
import { GridRow } from './GridRow';
import { formattersFor, localeFor } from './formatCell';
import {
  columnWidth,
  HEADER_HEIGHT,
  renderedStart,
  ROW_HEIGHT,
  rowNumberWidth,
} from './gridLayout';
import { useProgressiveCount } from './useProgressiveCount';
import { useRowWindow } from './useRowWindow';
import './dataset.css';

/** Rows a newly mounted grid renders at first: its first frame's layout and paint stay short. */
const FIRST_ROWS = 12;

/** Row indices `[first, end)` as an array, for rendering. */
const range = (first: number, end: number) =>
  Array.from({ length: Math.max(0, end - first) }, (_, i) => first + i);

/** The whole table, virtualised in both directions, with a sticky header and row numbers. */
export function DataGrid({ table }: { readonly table: DataTable }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const numberFormat = formattersFor(localeFor(language)).cell;
  const scrollRef = useRef<HTMLDivElement>(null);
  const widths = useMemo(() => table.columns.map(columnWidth), [table.columns]);
  const numberWidth = rowNumberWidth(table.rowCount);
  const {
    window: rowWindow,
    contentOffset,
    renderedHeight,
    ratio,
  } = useRowWindow(scrollRef, table.rowCount);
  // The rest of the row window follows one task after the mount (the grid remounts per dataset).
  const wholeWindow = useProgressiveCount(1, 0, 1, null) === 1;
  const rowsEnd = wholeWindow
    ? rowWindow.end
    : Math.min(rowWindow.end, rowWindow.first + FIRST_ROWS);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const columns = useVirtualizer({
    horizontal: true,
    count: table.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => widths[i] ?? ROW_HEIGHT,
    paddingStart: numberWidth,
    overscan: 2,
  });
  useLayoutEffect(() => columns.measure(), [columns, widths]); // retyping changes a column's width
  const visibleColumns = columns.getVirtualItems();
  const width = columns.getTotalSize();
  const missingLabel = t('dataset.missingCell');
  return (
    <div
      ref={scrollRef}
      className="data-grid"
      data-testid="data-grid"
      role="grid"
      aria-rowcount={table.rowCount + 1}
      aria-colcount={table.columns.length + 1}
      aria-label={t('dataset.gridLabel', { name: table.name })}
      tabIndex={0}
    >
      <div className="data-grid-sizer" style={{ width, height: renderedHeight }}>
        <DataGridHeader
          columns={table.columns}
          visible={visibleColumns}
          width={width}
          rowNumberWidth={numberWidth}
        />
        <div role="rowgroup">
          {range(rowWindow.first, rowsEnd).map((row) => (
            <GridRow
              key={row}
              row={row}
              top={renderedStart(HEADER_HEIGHT + row * ROW_HEIGHT, contentOffset, ratio)}
              width={width}
              rowNumberWidth={numberWidth}
              columns={table.columns}
              visible={visibleColumns}
              numberFormat={numberFormat}
              missingLabel={missingLabel}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
