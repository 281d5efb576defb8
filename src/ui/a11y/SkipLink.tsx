import { useT } from '../i18n/useT';
import './a11y.css';

/** The id of the app's `<main>`, the target of the skip link. */
export const MAIN_CONTENT_ID = 'main-content';

/** The first Tab stop: jumps past the header to the main content (`skip-link`). */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} data-testid="skip-link">
      {t('a11y.skipToMain')}
    </a>
  );
}
