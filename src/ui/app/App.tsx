import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { DatasetView } from '../dataset/DatasetView';
import { useT } from '../i18n/useT';
import { ImportPanel } from '../import/ImportPanel';
import { WindowDropTarget } from '../import/WindowDropTarget';
import { MAIN_CONTENT_ID, SkipLink } from '../a11y/SkipLink';
import { TrainingAnnouncer } from '../a11y/TrainingAnnouncer';
import { ModelingView } from '../modeling/ModelingView';
import { ProjectBar } from '../project/ProjectBar';
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
      <SkipLink />
      <AppHeader />
      <main className="app-main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        <ProjectBar />
        <ImportPanel />
        <DatasetView />
        <ModelingView />
        <TrainingAnnouncer />
        <ScorePanel />
      </main>
    </WindowDropTarget>
  );
}
