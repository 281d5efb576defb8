import {
  elementScroll,
  observeElementOffset,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
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
  scrollScale,
} from './gridLayout';
import './dataset.css';

/** Content pixels per scrolled pixel, for tables too tall for the browser to scroll as they are. */
function ratioOf(rows: Virtualizer<HTMLDivElement, Element>): number {
  return scrollScale(rows.getTotalSize(), rows.scrollRect?.height ?? 0).ratio;
}

/** The whole table, virtualised in both directions, with a sticky header and row numbers. */
export function DataGrid({ table }: { readonly table: DataTable }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const numberFormat = formattersFor(localeFor(language)).cell;
  const scrollRef = useRef<HTMLDivElement>(null);
  const widths = useMemo(() => table.columns.map(columnWidth), [table.columns]);
  const numberWidth = rowNumberWidth(table.rowCount);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build
  const rows = useVirtualizer({
    count: table.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    overscan: 6,
    observeElementOffset: (instance, onOffset) =>
      observeElementOffset(instance, (offset, scrolling) =>
        onOffset(offset * ratioOf(instance), scrolling),
      ),
    scrollToFn: (offset, options, instance) =>
      elementScroll(offset / ratioOf(instance), options, instance),
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: table.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => widths[i] ?? ROW_HEIGHT,
    paddingStart: numberWidth,
    overscan: 2,
  });
  useLayoutEffect(() => columns.measure(), [columns, widths]); // retyping changes a column's width
  const contentOffset = rows.scrollOffset ?? 0;
  const { renderedHeight, ratio } = scrollScale(rows.getTotalSize(), rows.scrollRect?.height ?? 0);
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
          {rows.getVirtualItems().map((row) => (
            <GridRow
              key={row.key}
              row={row.index}
              top={renderedStart(row.start, contentOffset, ratio)}
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
