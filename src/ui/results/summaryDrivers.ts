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

/** What a classification driver does to the odds of `className` (effect is in log-odds). */
function oddsChange(driver: Driver, className: string, t: Translate, formatNumber: FormatNumber) {
  const up = driver.direction === 'up';
  if (Number.isNaN(driver.effect)) {
    return t(up ? 'results.summary.change.likelier' : 'results.summary.change.rarer', {
      class: className,
    });
  }
  const factor = Math.exp(driver.effect);
  if (factor >= FOLD_FROM) {
    return t('results.summary.change.oddsFold', { class: className, factor: formatNumber(factor) });
  }
  const percent = formatNumber(Math.abs(factor - 1) * 100);
  return t(up ? 'results.summary.change.oddsUp' : 'results.summary.change.oddsDown', {
    class: className,
    percent,
  });
}

/** One sentence per driver. `className` is the class whose odds classification drivers move. */
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
