import type { TrainError } from '../models/modelTypes';
import type { PrepError } from '../prep/prepTypes';
import type { TrainingFailure } from './trainingTypes';

type Params = Record<string, string | number>;

/** English fallbacks; the UI has translations for these codes (messages/modeling.ts). */
const PREP_MESSAGES: Readonly<Record<PrepError['code'], (p: Params) => string>> = {
  'missing-columns': (p) => `These columns are missing: ${p.columns}.`,
  'duplicate-column': (p) => `Two columns are called “${p.column}”; rename one.`,
  'type-mismatch': (p) => `Column “${p.column}” should be ${p.expected} but is ${p.found}.`,
  'non-finite': (p) =>
    `Column “${p.column}” still holds an infinite or missing value after preparation (row ${p.row}).`,
  'unsupported-target': (p) =>
    `“${p.column}” (${p.type}) cannot be predicted; pick a number or category.`,
  'empty-target': (p) => `The target “${p.column}” has no values.`,
  'single-class': (p) =>
    `The target “${p.column}” has only one class (“${p.className}”) in the training rows; there is nothing to tell apart.`,
  'too-many-classes': (p) =>
    `The target “${p.column}” has ${p.classes} classes in ${p.rows} rows (at most ${p.limit}). Is it a number? Try regression.`,
  'target-is-feature': (p) => `“${p.column}” is the target, so it cannot also be a feature.`,
  'bad-impute': (p) => `“${p.strategy}” cannot fill missing values of “${p.column}”.`,
  'bad-level-cap': (p) => `The category cap of “${p.column}” must be at least 1.`,
  'no-features': () => 'Include at least one feature.',
  'too-few-rows': (p) =>
    `Only ${p.rows} rows are left to train on; at least ${p.needed} are needed. Lower the validation or test share.`,
  'bad-split': () =>
    'The validation and test shares must each be under 100% and leave rows to train on.',
  'unsupported-version': (p) =>
    `This model file has version ${p.version}, which this app cannot read.`,
};

/** Flattens an error's fields into message parameters (lists joined with commas). */
function paramsOf(error: object): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === 'code') continue;
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    else if (Array.isArray(value)) params[key] = value.join(', ');
  }
  return params;
}

export function prepError(error: PrepError): TrainingFailure {
  const params = paramsOf(error);
  return { code: error.code, params, message: PREP_MESSAGES[error.code](params) };
}

export function trainError(error: TrainError): TrainingFailure {
  return {
    code: error.code,
    params: error.column === undefined ? {} : { column: error.column },
    message: error.message,
  };
}
