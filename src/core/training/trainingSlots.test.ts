import { describe, expect, it } from 'vitest';
import {
  concurrentTrainings,
  createTrainingSlots,
  queuedOrNow,
  type ReleaseSlot,
} from './trainingSlots';

/** Lets every already-resolved promise callback run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('concurrentTrainings', () => {
  it('leaves one core to the page', () => {
    expect(concurrentTrainings(8)).toBe(7);
    expect(concurrentTrainings(4)).toBe(3);
    expect(concurrentTrainings(2)).toBe(1);
  });

  it('trains at least one model on a single core', () => {
    expect(concurrentTrainings(1)).toBe(1);
  });

  it('assumes two cores when the browser does not say', () => {
    expect(concurrentTrainings(undefined)).toBe(1);
    expect(concurrentTrainings(0)).toBe(1);
  });
});

describe('createTrainingSlots', () => {
  it('hands out slots at once up to the limit, then makes callers wait', async () => {
    const slots = createTrainingSlots(2);
    const taken: string[] = [];
    for (const name of ['a', 'b', 'c']) void slots.take().then(() => taken.push(name));
    await settle();
    expect(taken).toEqual(['a', 'b']);
    expect(slots.busy()).toBe(2);
    expect(slots.waiting()).toBe(1);
  });

  it('gives a freed slot to the longest waiter, in order', async () => {
    const slots = createTrainingSlots(1);
    const releases = new Map<string, ReleaseSlot>();
    const order: string[] = [];
    for (const name of ['first', 'second', 'third']) {
      void slots.take().then((release) => {
        order.push(name);
        releases.set(name, release);
      });
    }
    await settle();
    expect(order).toEqual(['first']);
    releases.get('first')?.();
    await settle();
    expect(order).toEqual(['first', 'second']);
    releases.get('second')?.();
    await settle();
    expect(order).toEqual(['first', 'second', 'third']);
    expect(slots.waiting()).toBe(0);
  });

  it('does not let a newcomer overtake a waiter when a slot frees', async () => {
    const slots = createTrainingSlots(1);
    const order: string[] = [];
    const release = await slots.take();
    void slots.take().then(() => order.push('waiting'));
    release();
    void slots.take().then(() => order.push('newcomer'));
    await settle();
    expect(order).toEqual(['waiting']);
    expect(slots.busy()).toBe(1);
  });

  it('frees a slot once however often it is released', async () => {
    const slots = createTrainingSlots(2);
    const release = await slots.take();
    await slots.take();
    release();
    release();
    expect(slots.busy()).toBe(1);
  });

  it('frees every slot when all holders release and nobody waits', async () => {
    const slots = createTrainingSlots(3);
    const releases = await Promise.all([slots.take(), slots.take()]);
    for (const release of releases) release();
    expect(slots.busy()).toBe(0);
  });

  it('still runs one training when asked for none', async () => {
    const slots = createTrainingSlots(0);
    let started = false;
    void slots.take().then(() => (started = true));
    await settle();
    expect(started).toBe(true);
  });
});

describe('queuedOrNow', () => {
  it('waits for a slot like take', async () => {
    const slots = createTrainingSlots(1);
    const first = await slots.take();
    const queued = queuedOrNow(slots);
    let started = false;
    void queued.slot.then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    first();
    const release = await queued.slot;
    expect(slots.busy()).toBe(1);
    release();
    expect(slots.busy()).toBe(0);
  });

  it('starts at once on now(), and passes a slot granted later straight on', async () => {
    const slots = createTrainingSlots(1);
    const first = await slots.take();
    const queued = queuedOrNow(slots);
    const behind = slots.take();
    queued.now();
    const release = await queued.slot;
    release(); // a no-op: it never held a slot
    expect(slots.busy()).toBe(1);
    first();
    // The slot the hurried job no longer needs goes to the next in line.
    const next = await behind;
    expect(slots.busy()).toBe(1);
    expect(slots.waiting()).toBe(0);
    next();
    expect(slots.busy()).toBe(0);
  });
});
