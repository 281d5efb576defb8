import { useCallback, useState } from 'react';
import type { SplitPart } from '../../core/results/resultTypes';
import { PART_NAMES, partName, type PartName } from './chartPalette';

export interface PartFilter {
  readonly visible: ReadonlySet<PartName>;
  readonly toggle: (part: PartName) => void;
}

/** Which split parts a chart shows (all at first), with a toggle for `PartToggle`. */
export function usePartFilter(): PartFilter {
  const [visible, setVisible] = useState<ReadonlySet<PartName>>(() => new Set(PART_NAMES));
  const toggle = useCallback((part: PartName) => {
    setVisible((current) => {
      const next = new Set(current);
      if (next.has(part)) next.delete(part);
      else next.add(part);
      return next;
    });
  }, []);
  return { visible, toggle };
}

/** The parts that occur among `items`, in train, validation, test order. */
export function partsPresent(items: readonly { readonly part: SplitPart }[]): PartName[] {
  const seen = new Set<PartName>();
  for (const item of items) seen.add(partName(item.part));
  return PART_NAMES.filter((part) => seen.has(part));
}
