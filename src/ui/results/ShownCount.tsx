import { useT } from '../i18n/useT';

/** "Showing N of M points" under a chart whose points were downsampled; nothing when all are drawn. */
export function ShownCount({ shown, total }: { readonly shown: number; readonly total: number }) {
  const t = useT();
  if (shown >= total) return null;
  return <p className="shown-count">{t('results.shownOf', { shown, total })}</p>;
}
