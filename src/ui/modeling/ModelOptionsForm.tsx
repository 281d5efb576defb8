import { metaOf } from '../../core/models/modelMetas';
import type { ModelKind, OptionSpec, TaskType } from '../../core/models/modelTypes';
import { useAppStore } from '../../state/store';

interface ModelOptionsFormProps {
  readonly kind: ModelKind;
  readonly task: TaskType;
}

/** A model's options form, built from its meta: numbers, choices and switches. */
export function ModelOptionsForm({ kind, task }: ModelOptionsFormProps) {
  const meta = metaOf(kind);
  const chosen = useAppStore((s) => s.modelOptions.find((entry) => entry.kind === kind)?.values);
  const setModelOption = useAppStore((s) => s.setModelOption);
  const defaults = meta.defaults(task);
  const valueOf = (key: string) =>
    chosen !== undefined && Object.hasOwn(chosen, key) ? chosen[key] : defaults[key];
  const field = (spec: OptionSpec) => {
    const value = valueOf(spec.key);
    const common = { 'data-testid': 'model-option', 'data-model': kind, 'data-option': spec.key };
    if (spec.kind === 'boolean') {
      return (
        <input
          type="checkbox"
          {...common}
          checked={value === true}
          onChange={(e) => setModelOption(kind, spec.key, e.target.checked)}
        />
      );
    }
    if (spec.kind === 'choice') {
      return (
        <select
          {...common}
          value={String(value)}
          onChange={(e) => setModelOption(kind, spec.key, e.target.value)}
        >
          {spec.choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      );
    }
    return (
      <input
        type="number"
        {...common}
        min={spec.min}
        max={spec.max}
        step={spec.step ?? 'any'}
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => {
          const number = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(number)) {
            setModelOption(kind, spec.key, number);
          }
        }}
      />
    );
  };
  return (
    <div className="model-options">
      {meta.options.map((spec) => (
        <label key={spec.key}>
          <span className="option-name">{spec.key}</span>
          {field(spec)}
        </label>
      ))}
    </div>
  );
}
