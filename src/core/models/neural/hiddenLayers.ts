import { fail, ok, type Result } from '../../result';
import type { TrainError } from '../modelTypes';

/** Upper bounds that keep a browser tab responsive; larger networks belong elsewhere. */
export const MAX_HIDDEN_LAYERS = 8;
export const MAX_UNITS_PER_LAYER = 4096;

function invalid(text: string, why: string): Result<never, TrainError> {
  return fail({
    code: 'invalid-hidden-layers',
    message: `The hidden layers "${text}" could not be read: ${why}. Write unit counts separated by commas, for example 32,16.`,
  });
}

/** Reads '32,16' (spaces allowed) into unit counts; '' or '0' means no hidden layer. */
export function parseHiddenLayers(text: string): Result<number[], TrainError> {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '0') return ok([]);
  const parts = trimmed.split(/[,;\s]+/).filter((part) => part !== '');
  if (parts.length > MAX_HIDDEN_LAYERS) {
    return invalid(text, `at most ${MAX_HIDDEN_LAYERS} layers are supported`);
  }
  const units: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return invalid(text, `"${part}" is not a whole number`);
    const count = Number(part);
    if (count < 1 || count > MAX_UNITS_PER_LAYER) {
      return invalid(text, `each layer needs 1 to ${MAX_UNITS_PER_LAYER} units`);
    }
    units.push(count);
  }
  return ok(units);
}
