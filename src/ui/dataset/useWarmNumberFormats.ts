import { useEffect } from 'react';
import type { Language } from '../../state/settingsSlice';
import { numberFormatFor } from '../i18n/translate';
import { formattersFor, localeFor } from './formatCell';

/**
 * Builds the number formatters while the page is idle. The page's first Intl call loads locale
 * data (tens of ms on a slow machine); without this it lands in the task that shows a new table.
 */
export function useWarmNumberFormats(language: Language): void {
  useEffect(() => {
    const locale = localeFor(language);
    const warm = () => {
      formattersFor(locale).cell.format(1);
      numberFormatFor(language).format(1); // the messages' numbers
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(warm);
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(warm, 0);
    return () => clearTimeout(timer);
  }, [language]);
}
