import { useAppStore } from '../../state/store';
import { formattersFor, localeFor, type Formatters } from '../dataset/formatCell';

/** Number formatters for the user's language (cached per locale). */
export function useFormatters(): Formatters & { readonly locale: string } {
  const locale = useAppStore((s) => localeFor(s.language));
  return { ...formattersFor(locale), locale };
}
