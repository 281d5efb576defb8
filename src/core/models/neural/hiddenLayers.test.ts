import { describe, expect, it } from 'vitest';
import { MAX_HIDDEN_LAYERS, parseHiddenLayers } from './hiddenLayers';
import { HIDDEN_LAYER_PRESETS } from './meta';

describe('parseHiddenLayers', () => {
  it('reads comma-separated unit counts, spaces allowed', () => {
    expect(parseHiddenLayers('32,16')).toEqual({ ok: true, value: [32, 16] });
    expect(parseHiddenLayers(' 64 , 32 ,8 ')).toEqual({ ok: true, value: [64, 32, 8] });
  });

  it('treats an empty list or 0 as no hidden layer (a linear or logistic model)', () => {
    expect(parseHiddenLayers('')).toEqual({ ok: true, value: [] });
    expect(parseHiddenLayers('0')).toEqual({ ok: true, value: [] });
  });

  it('accepts every preset offered in the form', () => {
    for (const preset of HIDDEN_LAYER_PRESETS) expect(parseHiddenLayers(preset).ok).toBe(true);
  });

  it.each(['32,x', '16,0', '8.5', '-4', '100000'])('rejects "%s" with a worded reason', (text) => {
    const result = parseHiddenLayers(text);
    expect(result.ok ? null : result.error.code).toBe('invalid-hidden-layers');
    expect(result.ok ? '' : result.error.message).toContain(text);
  });

  it('rejects more layers than a browser should train', () => {
    const text = Array.from({ length: MAX_HIDDEN_LAYERS + 1 }, () => '4').join(',');
    expect(parseHiddenLayers(text).ok).toBe(false);
  });
});
