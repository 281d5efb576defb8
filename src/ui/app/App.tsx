import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { DatasetView } from '../dataset/DatasetView';
import { useT } from '../i18n/useT';
import { ImportPanel } from '../import/ImportPanel';
import { WindowDropTarget } from '../import/WindowDropTarget';
import { ModelingView } from '../modeling/ModelingView';
import { ScorePanel } from '../results/scoring/ScorePanel';
import { AppHeader } from './AppHeader';

/** Loads the sample when the page is opened as `/?sample=customers` (what `npm start` opens). */
function useSampleFromUrl(): void {
  const loadSample = useAppStore((s) => s.loadSample);
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('sample')) void loadSample();
  }, [loadSample]);
}

export function App() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  useSampleFromUrl();
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [language, t]);
  return (
    <WindowDropTarget>
      <AppHeader />
      <main className="app-main">
        <ImportPanel />
        <DatasetView />
        <ModelingView />
        <ScorePanel />
      </main>
    </WindowDropTarget>
  );
}
