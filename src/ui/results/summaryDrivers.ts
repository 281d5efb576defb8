import type { Driver } from '../../core/results/resultTypes';
import type { Translate } from '../i18n/useT';

/** Formats a number for reading (the UI passes 3 significant digits in the user's language). */
export type FormatNumber = (value: number) => string;

/** Odds changes from this factor up read better as "multiplies by" than as a percentage. */
const FOLD_FROM = 2;

/** Who the driver is about: "Each extra 1,000 in TV", "region = North (…)", or "Higher TV". */
function subjectOf(driver: Driver, t: Translate, formatNumber: FormatNumber): string {
  const { column } = driver;
  if (driver.level !== null)
    return t('results.summary.subject.level', { column, level: driver.level });
  if (Number.isNaN(driver.effect)) return t('results.summary.subject.higher', { column });
  return t('results.summary.subject.perStep', { column, step: formatNumber(driver.step) });
}

/** What a regression driver does to the target, in the target's units. */
function regressionChange(
  driver: Driver,
  target: string,
  t: Translate,
  formatNumber: FormatNumber,
) {
  const up = driver.direction === 'up';
  if (Number.isNaN(driver.effect)) {
    return t(up ? 'results.summary.change.raise' : 'results.summary.change.reduce', { target });
  }
  const effect = formatNumber(Math.abs(driver.effect));
  return t(up ? 'results.summary.change.add' : 'results.summary.change.lower', { target, effect });
}

/** Message keys of an odds change: against every other class, or against `versusClass`. */
function oddsKeys(versus: boolean) {
  return versus
    ? ({
        up: 'results.summary.change.oddsUpVersus',
        down: 'results.summary.change.oddsDownVersus',
        fold: 'results.summary.change.oddsFoldVersus',
      } as const)
    : ({
        up: 'results.summary.change.oddsUp',
        down: 'results.summary.change.oddsDown',
        fold: 'results.summary.change.oddsFold',
      } as const);
}

/**
 * What a classification driver does to the odds of its class (effect is in log-odds): the
 * driver's own class, else `fallbackClass`; a multinomial logistic driver names its `versusClass`.
 */
function oddsChange(
  driver: Driver,
  fallbackClass: string,
  t: Translate,
  formatNumber: FormatNumber,
) {
  const up = driver.direction === 'up';
  const className = driver.className ?? fallbackClass;
  if (Number.isNaN(driver.effect)) {
    return t(up ? 'results.summary.change.likelier' : 'results.summary.change.rarer', {
      class: className,
    });
  }
  const keys = oddsKeys(driver.versusClass !== null);
  const names = { class: className, versus: driver.versusClass ?? '' };
  const factor = Math.exp(driver.effect);
  if (factor >= FOLD_FROM) return t(keys.fold, { ...names, factor: formatNumber(factor) });
  const percent = formatNumber(Math.abs(factor - 1) * 100);
  return t(up ? keys.up : keys.down, { ...names, percent });
}

/**
 * One sentence per driver. `className` names the class whose odds a classification driver moves
 * when the driver does not name its own.
 */
export function driverSentences(
  drivers: readonly Driver[],
  task: 'regression' | 'classification',
  names: { readonly target: string; readonly className: string },
  t: Translate,
  formatNumber: FormatNumber,
): string[] {
  return drivers.map((driver) => {
    const subject = subjectOf(driver, t, formatNumber);
    const change =
      task === 'regression'
        ? regressionChange(driver, names.target, t, formatNumber)
        : oddsChange(driver, names.className, t, formatNumber);
    return t('results.summary.driver', { subject, change });
  });
}
