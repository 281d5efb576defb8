import { describe, expect, it } from 'vitest';
import {
  backendLostFailure,
  failureFromThrown,
  isOutOfMemory,
  mentionsBackendLoss,
  suggestedBackend,
} from './workerFaults';

describe('suggestedBackend', () => {
  it('moves a lost WebGPU device to WebGL, the next in fallback order', () => {
    expect(suggestedBackend('webgpu')).toBe('webgl');
  });

  it('moves a lost WebGL context off the GPU, to WebAssembly', () => {
    expect(suggestedBackend('webgl')).toBe('wasm');
  });

  it('moves WebAssembly to plain JavaScript, and offers nothing after that', () => {
    expect(suggestedBackend('wasm')).toBe('cpu');
    expect(suggestedBackend('cpu')).toBeNull();
  });

  it('offers WebAssembly for a backend name it does not know', () => {
    expect(suggestedBackend('webnn')).toBe('wasm');
  });
});

describe('isOutOfMemory', () => {
  it('recognises V8 allocation failures', () => {
    expect(isOutOfMemory(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(isOutOfMemory(new RangeError('Invalid typed array length: 4294967296'))).toBe(true);
    expect(isOutOfMemory(new RangeError('Invalid array buffer length'))).toBe(true);
  });

  it('recognises errors that crossed a thread as plain objects', () => {
    expect(isOutOfMemory({ name: 'RangeError', message: 'Array buffer allocation failed' })).toBe(
      true,
    );
  });

  it('recognises a GPU out-of-memory message', () => {
    expect(isOutOfMemory(new Error('WebGL Error: GL_OUT_OF_MEMORY'))).toBe(true);
  });

  it('does not mistake a stack overflow or an ordinary error for out of memory', () => {
    expect(isOutOfMemory(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isOutOfMemory(new TypeError('x is undefined'))).toBe(false);
  });
});

describe('mentionsBackendLoss', () => {
  it('recognises WebGL and WebGPU loss wordings', () => {
    expect(mentionsBackendLoss(new Error('WebGL Error: CONTEXT_LOST_WEBGL'))).toBe(true);
    expect(mentionsBackendLoss(new Error('WebGL context was lost.'))).toBe(true);
    expect(mentionsBackendLoss(new Error('Device is lost'))).toBe(true);
    expect(mentionsBackendLoss(new Error('GPUDevice was destroyed.'))).toBe(true);
  });

  it('ignores unrelated errors', () => {
    expect(mentionsBackendLoss(new Error('Failed to compile fragment shader.'))).toBe(false);
  });
});

describe('failureFromThrown', () => {
  it('calls a loss wording on a GPU backend a lost backend, suggesting the next one', () => {
    const failure = failureFromThrown(new Error('CONTEXT_LOST_WEBGL'), 'webgl');
    expect(failure.code).toBe('backend-lost');
    expect(failure.params).toMatchObject({ backend: 'webgl', suggested: 'wasm' });
    expect(failure.message).toMatch(/webgl graphics context was lost/);
  });

  it('calls an allocation failure out of memory, keeping the original text', () => {
    const failure = failureFromThrown(new RangeError('Array buffer allocation failed'), 'cpu');
    expect(failure.code).toBe('out-of-memory');
    expect(failure.params.detail).toBe('Array buffer allocation failed');
  });

  it('calls anything else a crash, with the error text as detail', () => {
    const failure = failureFromThrown(new TypeError('x is undefined'), null);
    expect(failure).toMatchObject({ code: 'worker-crashed', params: { detail: 'x is undefined' } });
  });

  it('does not call a loss wording a lost backend when no backend was running', () => {
    expect(failureFromThrown(new Error('Device is lost'), null).code).toBe('worker-crashed');
  });

  it('words thrown non-errors too', () => {
    expect(failureFromThrown('boom', null).params.detail).toBe('boom');
  });
});

describe('backendLostFailure', () => {
  it('offers no retry after the last backend', () => {
    const failure = backendLostFailure('cpu', 'gone');
    expect(failure.params.suggested).toBe('');
    expect(failure.message).not.toMatch(/Try again/);
  });
});
