import { appEn, appZh } from './messages/app';
import { datasetEn, datasetZh } from './messages/dataset';
import { importEn, importZh } from './messages/import';
import { modelingEn, modelingZh } from './messages/modeling';
import { resultsEn, resultsZh } from './messages/results';
import { offlineEn, offlineZh } from './messages/offline';
import { piiEn, piiZh } from './messages/pii';
import { projectEn, projectZh } from './messages/project';
import { faultsEn, faultsZh } from './messages/faults';
import { a11yEn, a11yZh } from './messages/a11y';
import { scoringEn, scoringZh } from './messages/scoring';
import { resultsClassificationEn, resultsClassificationZh } from './messages/resultsClassification';

/** English is the reference: every key exists there, and Chinese must have the same keys. */
export const en = {
  ...appEn,
  ...importEn,
  ...datasetEn,
  ...modelingEn,
  ...resultsEn,
  ...resultsClassificationEn,
  ...scoringEn,
  ...offlineEn,
  ...piiEn,
  ...projectEn,
  ...faultsEn,
  ...a11yEn,
};
export type MessageKey = keyof typeof en;

export const zh: Record<MessageKey, string> = {
  ...appZh,
  ...importZh,
  ...datasetZh,
  ...modelingZh,
  ...resultsZh,
  ...resultsClassificationZh,
  ...scoringZh,
  ...offlineZh,
  ...piiZh,
  ...projectZh,
  ...faultsZh,
  ...a11yZh,
};
