/**
 * A worker that ends by itself (self.close(), killed for memory) sends no event to the page. Each
 * worker therefore holds a Web Lock for its whole life; the page queues for the same lock, and
 * being granted it means the worker is gone.
 */

const hasLocks = () => typeof navigator !== 'undefined' && navigator.locks !== undefined;

/** Worker side: takes the lock `name` and keeps it until the worker ends; resolves once held. */
export function holdLifeline(name: string): Promise<void> {
  if (!hasLocks()) return Promise.resolve();
  return new Promise((held) => {
    void navigator.locks.request(name, () => {
      held();
      return new Promise<never>(() => {});
    });
  });
}

/** `held`: the worker holds its lock (send it work after this); `ended`: the worker is gone. */
export interface Lifeline {
  readonly held: Promise<void>;
  readonly ended: Promise<void>;
}

let nextLifeline = 0;

/**
 * Page side: asks the worker to hold a fresh lock (through `hold`), then queues for it. Where Web
 * Locks are missing, `held` resolves at once and `ended` never does.
 */
export function watchLifeline(prefix: string, hold: (name: string) => Promise<void>): Lifeline {
  if (!hasLocks()) return { held: Promise.resolve(), ended: new Promise(() => {}) };
  const name = `sheetsense-${prefix}-${Date.now()}-${nextLifeline++}-${Math.random()}`;
  const held = hold(name);
  const ended = held.then(
    () => navigator.locks.request(name, () => undefined),
    () => undefined,
  );
  return { held, ended };
}
