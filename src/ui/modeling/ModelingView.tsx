import { useAppStore } from '../../state/store';
import { datasetKey } from '../dataset/datasetKey';
import { useProgressiveCount } from '../dataset/useProgressiveCount';
import { useT } from '../i18n/useT';
import { ResultsView } from '../results/ResultsView';
import { FeatureList } from './FeatureList';
import { Leaderboard } from './Leaderboard';
import { LossChart } from './LossChart';
import { ModelPicker } from './ModelPicker';
import { RunDetails } from './RunDetails';
import { SplitSettingsForm } from './SplitSettingsForm';
import { TargetPicker } from './TargetPicker';
import { TrainControls } from './TrainControls';
import { TrainingProgressList } from './TrainingProgressList';
import './modeling.css';

/** Model set-up, training and the comparison of results, shown once a dataset is loaded. */
export function ModelingView() {
  const t = useT();
  const hasTable = useAppStore((s) => s.table !== null);
  // A new dataset's set-up mounts one mount step after the table shows, not in the task that
  // brings the table (a million rows' arrival already fills that task).
  const shownFor = useAppStore((s) => datasetKey(s.table));
  const setupShown = useProgressiveCount(1, 0, 1, shownFor) === 1;
  if (!hasTable || !setupShown) return null;
  return (
    <section className="modeling" aria-labelledby="modeling-title">
      <h2 id="modeling-title">{t('modeling.title')}</h2>
      <p className="setup-note">{t('modeling.hint')}</p>
      <div className="modeling-setup">
        <div>
          <TargetPicker />
          <SplitSettingsForm />
          <ModelPicker />
          <TrainControls />
        </div>
        <FeatureList />
      </div>
      <TrainingProgressList />
      <LossChart />
      <Leaderboard />
      <RunDetails />
      <ResultsView />
    </section>
  );
}
