import type { ColumnType } from '../../core/data/table';
import type { MessageKey } from '../i18n/messages';

/** The message naming each column type, for badges and the type select. */
export const TYPE_LABEL_KEYS: Readonly<Record<ColumnType, MessageKey>> = {
  numeric: 'dataset.type.numeric',
  categorical: 'dataset.type.categorical',
  boolean: 'dataset.type.boolean',
  date: 'dataset.type.date',
  text: 'dataset.type.text',
  id: 'dataset.type.id',
};
