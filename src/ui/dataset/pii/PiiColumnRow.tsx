import { useId } from 'react';
import { PII_ACTIONS, type PiiAction, type PiiFinding } from '../../../core/pii/piiTypes';
import { piiActionOf } from '../../../state/piiSlice';
import { useAppStore } from '../../../state/store';
import { useT } from '../../i18n/useT';

/** One PII column: its kind, why it was flagged, and the action chosen for it (`pii-action`). */
export function PiiColumnRow({ finding }: { readonly finding: PiiFinding }) {
  const t = useT();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const action = useAppStore((s) => piiActionOf(s, finding.column));
  const busy = useAppStore((s) => s.piiBusy);
  const setPiiAction = useAppStore((s) => s.setPiiAction);
  const share = new Intl.NumberFormat(language, { style: 'percent' }).format(finding.share);
  return (
    <li
      className="pii-column"
      data-testid="pii-column"
      data-column={finding.column}
      data-kind={finding.kind}
      data-action={action}
    >
      <span className="pii-column-name">{finding.column}</span>
      <span className="pii-column-kind">{t(`pii.kind.${finding.kind}`)}</span>
      <span className="pii-column-why">
        {t(`pii.evidence.${finding.evidence}`, { share })}
        {finding.storedAsNumbers && ` · ${t('pii.storedAsNumbers')}`}
      </span>
      <label className="visually-hidden" htmlFor={id}>
        {t('pii.actionLabel', { column: finding.column })}
      </label>
      <select
        id={id}
        data-testid="pii-action"
        value={action}
        disabled={busy}
        onChange={(e) => void setPiiAction(finding.column, e.target.value as PiiAction)}
      >
        {PII_ACTIONS.map((choice) => (
          <option key={choice} value={choice}>
            {t(`pii.action.${choice}`)}
          </option>
        ))}
      </select>
    </li>
  );
}
