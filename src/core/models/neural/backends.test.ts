import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  backendTryOrder,
  selectBackend,
  type BackendEnvironment,
  type BackendName,
  type WorkloadShape,
} from './backends';
import { neuralMeta } from './meta';
import { useCpuBackend } from './testing/cpuBackend';
import { smoothRegressionSet } from './testing/syntheticSets';
import { chooseNeuralBackend, neuralWorkload, timeTrainingStep } from './tfjsBackendEnvironment';

const workload: WorkloadShape = {
  spec: {
    inputSize: 20,
    hiddenUnits: [32, 16],
    activation: 'relu',
    output: 'linear',
    outputUnits: 1,
  },
  batchSize: 64,
};

interface FakeBackend {
  /** Milliseconds per step; a list gives one value per timing, the last one repeating. */
  readonly ms?: number | readonly number[];
  readonly startFails?: boolean;
  readonly stepThrows?: string;
}

/** A pretend browser: which backends exist, how fast each is, which ones break. */
function fakeEnvironment(backends: Partial<Record<BackendName, FakeBackend>>) {
  const activations: BackendName[] = [];
  const timings: Partial<Record<BackendName, number>> = {};
  let active: BackendName | null = null;
  const env: BackendEnvironment = {
    registered: () => Object.keys(backends) as BackendName[],
    activate: async (name) => {
      activations.push(name);
      if (backends[name]?.startFails) return false;
      active = name;
      return true;
    },
    timeStep: async () => {
      const backend = active === null ? undefined : backends[active];
      if (backend?.stepThrows !== undefined) throw new Error(backend.stepThrows);
      const samples = typeof backend?.ms === 'number' ? [backend.ms] : (backend?.ms ?? [NaN]);
      const taken = active === null ? 0 : (timings[active] = (timings[active] ?? 0) + 1);
      return samples[Math.min(taken, samples.length) - 1] ?? NaN;
    },
  };
  return { env, activations, active: () => active };
}

describe('backend selection', () => {
  it('tries an explicit choice first, then webgpu, webgl, wasm, cpu', () => {
    expect(backendTryOrder('wasm')).toEqual(['wasm', 'webgpu', 'webgl', 'cpu']);
    expect(backendTryOrder('cpu')).toEqual(['cpu', 'webgpu', 'webgl', 'wasm']);
    expect(backendTryOrder('auto')).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
  });

  it('auto: measures every registered backend and leaves the fastest active', async () => {
    const fake = fakeEnvironment({ webgl: { ms: 4 }, wasm: { ms: 1.5 }, cpu: { ms: 9 } });
    const selection = await selectBackend('auto', workload, fake.env);
    expect(selection.ok && selection.value.backend).toBe('wasm');
    expect(fake.active()).toBe('wasm');
    if (!selection.ok) return;
    expect(selection.value.attempts).toEqual([
      { backend: 'webgpu', status: 'not-registered' },
      { backend: 'webgl', status: 'measured', msPerStep: 4 },
      { backend: 'wasm', status: 'measured', msPerStep: 1.5 },
      { backend: 'cpu', status: 'measured', msPerStep: 9 },
    ]);
    expect(selection.value.why).toMatch(/wasm was the fastest .*webgl 4\.00 ms, wasm 1\.50 ms/);
  });

  it('auto: times each backend again in reverse order and keeps its faster sample', async () => {
    // wasm, timed first, pays for the JIT warming up: 44 ms, then 4 ms once warm.
    const fake = fakeEnvironment({ wasm: { ms: [44, 4] }, cpu: { ms: [28, 30] } });
    const selection = await selectBackend('auto', workload, fake.env);
    expect(selection.ok && selection.value.backend).toBe('wasm');
    expect(fake.activations).toEqual(['wasm', 'cpu', 'cpu', 'wasm', 'wasm']);
    if (!selection.ok) return;
    expect(selection.value.attempts.slice(2)).toEqual([
      { backend: 'wasm', status: 'measured', msPerStep: 4 },
      { backend: 'cpu', status: 'measured', msPerStep: 28 },
    ]);
    expect(selection.value.why).toBe(
      'wasm was the fastest per training step (wasm 4.00 ms, cpu 28.00 ms).',
    );
  });

  it('auto: keeps the first timing when the second round fails', async () => {
    const fake = fakeEnvironment({ webgl: { ms: [3, NaN] }, cpu: { ms: 9 } });
    const selection = await selectBackend('auto', workload, fake.env);
    expect(selection.ok && selection.value.backend).toBe('webgl');
    expect(selection.ok && selection.value.attempts[1]).toEqual({
      backend: 'webgl',
      status: 'measured',
      msPerStep: 3,
    });
  });

  it('auto: reports why a backend was left out and skips it', async () => {
    const fake = fakeEnvironment({
      webgpu: { stepThrows: 'kernel Gather not found' },
      webgl: { startFails: true },
      cpu: { ms: 9 },
    });
    const selection = await selectBackend('auto', workload, fake.env);
    expect(selection.ok && selection.value.backend).toBe('cpu');
    expect(selection.ok && selection.value.attempts.slice(0, 2)).toEqual([
      { backend: 'webgpu', status: 'failed', reason: 'kernel Gather not found' },
      { backend: 'webgl', status: 'failed', reason: 'could not start' },
    ]);
  });

  it('explicit: uses the chosen backend without measuring the others', async () => {
    const fake = fakeEnvironment({ webgpu: { ms: 1 }, webgl: { ms: 3 }, cpu: { ms: 9 } });
    const selection = await selectBackend('webgl', workload, fake.env);
    expect(selection.ok && selection.value.backend).toBe('webgl');
    expect(selection.ok && selection.value.why).toBe('webgl was chosen.');
    expect(fake.activations).toEqual(['webgl']);
  });

  it('explicit: falls back in order when the chosen backend fails, and says why', async () => {
    const fake = fakeEnvironment({
      webgpu: { startFails: true },
      webgl: { ms: 3 },
      cpu: { ms: 9 },
    });
    const selection = await selectBackend('wasm', workload, fake.env);
    expect(selection.ok && selection.value.backend).toBe('webgl');
    expect(fake.active()).toBe('webgl');
    if (!selection.ok) return;
    expect(selection.value.why).toMatch(
      /^wasm was chosen but failed \(wasm: not-registered; webgpu: could not start\); fell back to webgl\.$/,
    );
    expect(selection.value.attempts.map((a) => a.status)).toEqual([
      'not-registered',
      'failed',
      'measured',
      'not-tried',
    ]);
  });

  it('fails with no-backend when nothing can run', async () => {
    const fake = fakeEnvironment({ cpu: { stepThrows: 'out of memory' } });
    const selection = await selectBackend('auto', workload, fake.env);
    expect(selection.ok ? null : selection.error.code).toBe('no-backend');
    expect(selection.ok ? '' : selection.error.message).toContain('cpu: out of memory');
  });
});

describe('backend selection with real tfjs in Node (cpu only)', () => {
  beforeAll(useCpuBackend);

  it('auto picks cpu, the only backend registered here, after timing a real step', async () => {
    const baseline = tf.memory().numTensors;
    const selection = await chooseNeuralBackend('auto', workload);
    expect(selection.ok && selection.value.backend).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    const cpu = selection.ok
      ? selection.value.attempts.find((a) => a.backend === 'cpu')
      : undefined;
    expect(cpu?.status).toBe('measured');
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('an explicit webgl choice falls back to cpu when webgl is not registered', async () => {
    const selection = await chooseNeuralBackend('webgl', workload);
    expect(selection.ok && selection.value.backend).toBe('cpu');
    expect(selection.ok && selection.value.why).toContain('webgl: not-registered');
  });

  it('times a positive number of milliseconds per step', async () => {
    expect(await timeTrainingStep(workload)).toBeGreaterThan(0);
  });

  it('derives the workload from the data and options', () => {
    const data = smoothRegressionSet(50, 7, 1);
    const options = { ...neuralMeta.defaults('regression'), hiddenLayers: '12,6', batchSize: 500 };
    expect(neuralWorkload(data, options, 'regression')).toEqual({
      spec: {
        inputSize: 7,
        hiddenUnits: [12, 6],
        activation: 'relu',
        output: 'linear',
        outputUnits: 1,
      },
      batchSize: 50,
    });
  });
});
