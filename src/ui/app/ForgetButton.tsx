import { useState } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

/** "Forget everything" with an inline confirmation (no browser dialog). */
export function ForgetButton() {
  const t = useT();
  const forgetEverything = useAppStore((s) => s.forgetEverything);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" data-testid="forget-everything" onClick={() => setAsking(true)}>
        {t('app.forget')}
      </button>
    );
  }
  return (
    <span className="app-forget" role="group" aria-label={t('app.forget')}>
      {t('app.forgetConfirm')}{' '}
      <button
        type="button"
        data-testid="forget-confirm"
        onClick={() => {
          setAsking(false);
          void forgetEverything();
        }}
      >
        {t('app.forgetYes')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('app.forgetNo')}
      </button>
    </span>
  );
}
