import type { TaskType } from '../../core/models/modelTypes';
import { effectiveTask } from '../../state/modelSetupSlice';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

const TASKS: readonly TaskType[] = ['regression', 'classification'];

/** Target column and the task it implies (`task-type`), with an override beside it. */
export function TargetPicker() {
  const t = useT();
  const columns = useAppStore((s) => s.table?.columns);
  const targetIndex = useAppStore((s) => s.targetIndex);
  const inference = useAppStore((s) => s.taskInference);
  const override = useAppStore((s) => s.taskOverride);
  const task = useAppStore(effectiveTask);
  const setTarget = useAppStore((s) => s.setTarget);
  const setTaskOverride = useAppStore((s) => s.setTaskOverride);
  if (!columns) return null;
  return (
    <div className="setup-row">
      <label>
        {t('modeling.target')}
        <select
          data-testid="target-select"
          value={targetIndex === null ? '' : String(targetIndex)}
          onChange={(e) => setTarget(Number(e.target.value))}
        >
          {targetIndex === null && <option value="">—</option>}
          {columns.map((column, index) => (
            <option key={index} value={String(index)}>
              {column.name}
            </option>
          ))}
        </select>
      </label>
      <div className="task-type" data-testid="task-type" data-task={task ?? ''}>
        <label>
          {t('modeling.task')}
          <select
            data-testid="task-override"
            value={override ?? ''}
            onChange={(e) => setTaskOverride(TASKS.find((x) => x === e.target.value) ?? null)}
          >
            <option value="">
              {t('modeling.task.auto')}
              {inference ? `: ${t(`modeling.task.${inference.task}`)}` : ''}
            </option>
            {TASKS.map((option) => (
              <option key={option} value={option}>
                {t(`modeling.task.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {inference && (
          <span className="setup-note">
            {t(`modeling.taskReason.${inference.reason}`)}
            {inference.classCount !== null &&
              ` · ${t('modeling.classes', { count: inference.classCount })}`}
          </span>
        )}
      </div>
    </div>
  );
}
