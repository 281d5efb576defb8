import { describe, expect, it } from 'vitest';
import type { TrainingProgress } from '../models/modelTypes';
import { coalesceProgress, withReportedEpochs } from './coalesceProgress';

/** A clock the test moves by hand, and the messages that went out. */
function harness(intervalMs = 50) {
  let time = 0;
  const sent: TrainingProgress[] = [];
  const progress = coalesceProgress(
    (p) => sent.push(p),
    () => time,
    intervalMs,
  );
  const epoch = (n: number, at: number): void => {
    time = at;
    progress.report({ fraction: n / 100, epoch: n, loss: 1 / n, valLoss: 2 / n });
  };
  return { sent, progress, epoch, setTime: (at: number) => (time = at) };
}

/** Every epoch the messages carry, in order: each message's `earlier`, then its own epoch. */
function epochsIn(sent: readonly TrainingProgress[]): number[] {
  return sent.flatMap((p) => [
    ...(p.earlier ?? []).map((e) => e.epoch),
    ...(p.epoch === undefined ? [] : [p.epoch]),
  ]);
}

describe('coalesceProgress', () => {
  it('sends every epoch on its own when epochs are slower than the interval', () => {
    const { sent, epoch } = harness();
    for (let n = 1; n <= 5; n++) epoch(n, n * 60);
    expect(sent.map((p) => p.epoch)).toEqual([1, 2, 3, 4, 5]);
    expect(sent.every((p) => p.earlier === undefined)).toBe(true);
  });

  it('sends one message per interval for fast epochs and loses no epoch', () => {
    const { sent, progress, epoch } = harness();
    for (let n = 1; n <= 200; n++) epoch(n, n); // one epoch per millisecond
    progress.flush();
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(epochsIn(sent)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('keeps each epoch’s losses in the coalesced points', () => {
    const { sent, progress, epoch } = harness();
    epoch(1, 0);
    epoch(2, 10);
    epoch(3, 20);
    progress.flush();
    expect(sent[1]).toEqual({
      fraction: 0.03,
      epoch: 3,
      loss: 1 / 3,
      valLoss: 2 / 3,
      earlier: [{ epoch: 2, loss: 0.5, valLoss: 1 }],
    });
  });

  it('sends a report with a message at once, carrying the epochs kept before it', () => {
    const { sent, progress, epoch, setTime } = harness();
    epoch(1, 0);
    epoch(2, 5);
    setTime(6);
    progress.report({ fraction: 1, message: 'done' });
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({
      fraction: 1,
      message: 'done',
      earlier: [{ epoch: 2, loss: 0.5, valLoss: 1 }],
    });
    progress.flush();
    expect(sent).toHaveLength(2);
  });

  it('flush sends nothing when nothing is kept', () => {
    const { sent, progress } = harness();
    progress.flush();
    expect(sent).toEqual([]);
  });

  it('withReportedEpochs appends the coalesced epochs, then the latest, to the history', () => {
    const history = [{ epoch: 1, loss: 1, valLoss: null }];
    const next = withReportedEpochs(history, {
      fraction: 0.3,
      epoch: 3,
      loss: 0.3,
      earlier: [{ epoch: 2, loss: 0.5, valLoss: 0.6 }],
    });
    expect(next).toEqual([
      { epoch: 1, loss: 1, valLoss: null },
      { epoch: 2, loss: 0.5, valLoss: 0.6 },
      { epoch: 3, loss: 0.3, valLoss: null },
    ]);
    expect(withReportedEpochs(history, { fraction: 1, message: 'done' })).toBe(history);
  });
});
