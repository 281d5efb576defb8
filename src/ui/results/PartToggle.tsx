import { useT } from '../i18n/useT';
import { PART_COLOURS, PART_GLYPHS, type PartName } from './chartPalette';

interface PartToggleProps {
  /** Parts that have rows; the others are not offered. */
  readonly available: readonly PartName[];
  readonly visible: ReadonlySet<PartName>;
  readonly onToggle: (part: PartName) => void;
}

/** Checkboxes (`part-toggle`, `data-part`) that show or hide training, validation and test rows. */
export function PartToggle({ available, visible, onToggle }: PartToggleProps) {
  const t = useT();
  if (available.length === 0) return null;
  return (
    <fieldset className="part-toggle">
      <legend>{t('results.parts')}</legend>
      {available.map((part) => (
        <label key={part}>
          <input
            type="checkbox"
            data-testid="part-toggle"
            data-part={part}
            checked={visible.has(part)}
            onChange={() => onToggle(part)}
          />
          <span className="part-glyph" aria-hidden="true" style={{ color: PART_COLOURS[part] }}>
            {PART_GLYPHS[part]}
          </span>
          {t(`results.part.${part}`)}
        </label>
      ))}
    </fieldset>
  );
}
