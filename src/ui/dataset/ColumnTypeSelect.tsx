import { useState } from 'react';
import { COLUMN_TYPES, type ColumnType } from '../../core/data/table';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { TYPE_LABEL_KEYS } from './typeLabels';

interface ColumnTypeSelectProps {
  readonly columnIndex: number;
  readonly columnName: string;
  readonly type: ColumnType;
}

/** Lets the user override a column's inferred type; the column is re-read in the import worker. */
export function ColumnTypeSelect({ columnIndex, columnName, type }: ColumnTypeSelectProps) {
  const t = useT();
  const setColumnType = useAppStore((s) => s.setColumnType);
  // Shows the chosen type while the worker converts the column, instead of snapping back.
  const [pending, setPending] = useState<ColumnType | null>(null);
  const onChange = (value: string) => {
    const next = COLUMN_TYPES.find((candidate) => candidate === value);
    if (!next || next === type) return;
    setPending(next);
    void setColumnType(columnIndex, next).finally(() => setPending(null));
  };
  return (
    <label className="column-type-select">
      <span className="dataset-sr-only">
        {t('dataset.typeSelectLabel', { column: columnName })}
      </span>
      <select
        data-testid="column-type-select"
        data-column={columnName}
        className={`type-select type-badge-${pending ?? type}`}
        value={pending ?? type}
        aria-busy={pending !== null}
        onChange={(e) => onChange(e.target.value)}
      >
        {COLUMN_TYPES.map((option) => (
          <option key={option} value={option}>
            {t(TYPE_LABEL_KEYS[option])}
          </option>
        ))}
      </select>
    </label>
  );
}
