import { MODEL_KINDS, metaOf } from '../../core/models/modelMetas';
import { effectiveTask } from '../../state/modelSetupSlice';
import { useAppStore } from '../../state/store';
import { BACKEND_CHOICES, type BackendChoice } from '../../core/training/trainingTypes';
import { useT } from '../i18n/useT';
import { ModelOptionsForm } from './ModelOptionsForm';

/** Which models train (`model-select`), their options, and the neural network's backend. */
export function ModelPicker() {
  const t = useT();
  const task = useAppStore(effectiveTask);
  const selected = useAppStore((s) => s.selectedModels);
  const backend = useAppStore((s) => s.backend);
  const setModelSelected = useAppStore((s) => s.setModelSelected);
  const setBackend = useAppStore((s) => s.setBackend);
  return (
    <fieldset className="model-picker">
      <legend>{t('modeling.models')}</legend>
      {MODEL_KINDS.map((kind) => {
        const isSelected = selected.includes(kind);
        const supported = task === null || metaOf(kind).tasks.includes(task);
        return (
          <div key={kind} className="model-choice">
            <label>
              <input
                type="checkbox"
                data-testid="model-select"
                data-model={kind}
                checked={isSelected}
                disabled={!supported}
                onChange={(e) => setModelSelected(kind, e.target.checked)}
              />
              {t(`modeling.model.${kind}`)}
            </label>
            {isSelected && task !== null && <ModelOptionsForm kind={kind} task={task} />}
          </div>
        );
      })}
      <label>
        {t('modeling.backend')}
        <select
          data-testid="backend-select"
          value={backend}
          onChange={(e) => setBackend(BACKEND_CHOICES.find((b) => b === e.target.value) ?? backend)}
        >
          {BACKEND_CHOICES.map((choice: BackendChoice) => (
            <option key={choice} value={choice}>
              {choice === 'auto' ? t('modeling.backend.auto') : choice}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
