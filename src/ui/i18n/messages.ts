import { appEn, appZh } from './messages/app';
import { datasetEn, datasetZh } from './messages/dataset';
import { importEn, importZh } from './messages/import';
import { modelingEn, modelingZh } from './messages/modeling';
import { resultsEn, resultsZh } from './messages/results';
import { resultsClassificationEn, resultsClassificationZh } from './messages/resultsClassification';

/** English is the reference: every key exists there, and Chinese must have the same keys. */
export const en = {
  ...appEn,
  ...importEn,
  ...datasetEn,
  ...modelingEn,
  ...resultsEn,
  ...resultsClassificationEn,
};
export type MessageKey = keyof typeof en;

export const zh: Record<MessageKey, string> = {
  ...appZh,
  ...importZh,
  ...datasetZh,
  ...modelingZh,
  ...resultsZh,
  ...resultsClassificationZh,
};
