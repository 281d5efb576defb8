import type { ColumnType } from '../../core/data/table';
import { useT } from '../i18n/useT';
import { TYPE_LABEL_KEYS } from './typeLabels';

/** A small coloured label naming a column's type. */
export function TypeBadge({ type }: { readonly type: ColumnType }) {
  const t = useT();
  return <span className={`type-badge type-badge-${type}`}>{t(TYPE_LABEL_KEYS[type])}</span>;
}
