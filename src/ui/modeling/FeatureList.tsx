import { useAppStore } from '../../state/store';
import { TYPE_LABEL_KEYS } from '../dataset/typeLabels';
import { useT } from '../i18n/useT';

/** One checkbox per column (`feature-toggle`); columns off by default say why. */
export function FeatureList() {
  const t = useT();
  const features = useAppStore((s) => s.features);
  const setFeatureIncluded = useAppStore((s) => s.setFeatureIncluded);
  const included = features.filter((f) => f.included).length;
  return (
    <fieldset className="feature-list">
      <legend>
        {t('modeling.features')}{' '}
        <span className="setup-note">
          {t('modeling.featuresCount', { included, total: features.length - 1 })}
        </span>
      </legend>
      <ul>
        {features.map((feature) => (
          <li key={feature.index} className={feature.included ? '' : 'feature-off'}>
            <label>
              <input
                type="checkbox"
                data-testid="feature-toggle"
                data-column={feature.column}
                checked={feature.included}
                disabled={feature.reason === 'target'}
                onChange={(e) => setFeatureIncluded(feature.index, e.target.checked)}
              />
              <span className="feature-name">{feature.column}</span>
              <span className="setup-note">
                {t(TYPE_LABEL_KEYS[feature.type])}
                {feature.encoding === 'date-parts' && ` · ${t('modeling.dateParts')}`}
                {feature.reason !== null && ` · ${t(`modeling.off.${feature.reason}`)}`}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
