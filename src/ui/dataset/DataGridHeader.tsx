import type { VirtualItem } from '@tanstack/react-virtual';
import type { Column } from '../../core/data/table';
import { useT } from '../i18n/useT';
import { HEADER_HEIGHT } from './gridLayout';
import { TypeBadge } from './TypeBadge';

interface DataGridHeaderProps {
  readonly columns: readonly Column[];
  readonly visible: readonly VirtualItem[];
  readonly width: number;
  readonly rowNumberWidth: number;
}

/** The sticky header row: a corner cell over the row numbers, then the visible column names. */
export function DataGridHeader({ columns, visible, width, rowNumberWidth }: DataGridHeaderProps) {
  const t = useT();
  return (
    <div role="rowgroup" className="data-grid-head" style={{ width, height: HEADER_HEIGHT }}>
      <div role="row" aria-rowindex={1}>
        <div
          role="columnheader"
          aria-colindex={1}
          className="data-grid-corner"
          style={{ width: rowNumberWidth, height: HEADER_HEIGHT }}
        >
          {t('dataset.rowNumber')}
        </div>
        {visible.map((item) => {
          const column = columns[item.index];
          if (!column) return null;
          return (
            <div
              key={item.key}
              role="columnheader"
              aria-colindex={item.index + 2}
              className="data-grid-header-cell"
              style={{ left: item.start, width: item.size, height: HEADER_HEIGHT }}
              title={column.name}
            >
              <span className="data-grid-header-name">{column.name}</span>
              <TypeBadge type={column.type} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
