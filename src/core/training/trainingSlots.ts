/** Frees a slot taken with `TrainingSlots.take`; calling it again does nothing. */
export type ReleaseSlot = () => void;

/** A first-come, first-served limit on how many models train at the same time. */
export interface TrainingSlots {
  /** Resolves with a release once a slot is free; waiters get slots in the order they asked. */
  readonly take: () => Promise<ReleaseSlot>;
  /** Slots in use now. */
  readonly busy: () => number;
  /** Callers still waiting for a slot. */
  readonly waiting: () => number;
}

/**
 * How many heavy worker jobs (trainings, finished runs' analyses) run at once: every core but one,
 * which stays with the page so that the charts and progress it draws do not wait behind the
 * workers. Never fewer than one; an unknown core count (0 or missing) counts as two cores.
 */
export function concurrentTrainings(hardwareConcurrency: number | undefined): number {
  const cores =
    hardwareConcurrency !== undefined && hardwareConcurrency > 0
      ? Math.floor(hardwareConcurrency)
      : 2;
  return Math.max(1, cores - 1);
}

/** Slots for at most `limit` trainings at once (at least one). */
export function createTrainingSlots(limit: number): TrainingSlots {
  const capacity = Math.max(1, Math.floor(limit));
  const waiters: ((release: ReleaseSlot) => void)[] = [];
  let busy = 0;

  const releaseOnce = (): ReleaseSlot => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiters.shift();
      // The slot passes straight to the next waiter, so a newcomer cannot overtake it.
      if (next) next(releaseOnce());
      else busy -= 1;
    };
  };

  const take = (): Promise<ReleaseSlot> => {
    if (busy < capacity) {
      busy += 1;
      return Promise.resolve(releaseOnce());
    }
    return new Promise((resolve) => waiters.push(resolve));
  };

  return { take, busy: () => busy, waiting: () => waiters.length };
}

/** A place in a slots queue that can be given up to start at once. */
export interface QueuedOrNow {
  /** Resolves with the release once a slot is free, or at once after `now()` (a no-op release). */
  readonly slot: Promise<ReleaseSlot>;
  /** Starts without waiting: the job runs beside the others, and a slot granted later passes on. */
  readonly now: () => void;
}

/** Queues for a slot of `slots`, with a way to stop waiting (the user asked for the result). */
export function queuedOrNow(slots: TrainingSlots): QueuedOrNow {
  let hurried = false;
  let startNow: (release: ReleaseSlot) => void = () => undefined;
  const skipped = new Promise<ReleaseSlot>((resolve) => (startNow = resolve));
  const taken = slots.take();
  // Registered before the race: a slot granted to a job that already started passes straight on.
  void taken.then((release) => {
    if (hurried) release();
  });
  const now = () => {
    hurried = true;
    startNow(() => undefined);
  };
  return { slot: Promise.race([taken, skipped]), now };
}
