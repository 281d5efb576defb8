import { useAppStore } from '../../state/store';
import type { Language } from '../../state/settingsSlice';
import { useT } from '../i18n/useT';
import { ForgetButton } from './ForgetButton';
import { OfflineIndicator } from './offline/OfflineIndicator';

const LANGUAGES: readonly { code: Language; label: string }[] = [
  { code: 'en', label: 'English' },
  { code: 'zh', label: '简体中文' },
];

export function AppHeader() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <header className="app-header">
      <div>
        <h1 className="app-title">{t('app.title')}</h1>
        <p className="app-tagline">{t('app.tagline')}</p>
      </div>
      <div className="app-header-side">
        <OfflineIndicator />
        <ForgetButton />
        <label className="app-language">
          {t('app.language')}
          <select
            data-testid="language-select"
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
