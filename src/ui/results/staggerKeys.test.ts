import { describe, expect, it } from 'vitest';
import { admit, keepPresent, nextToAdmit } from './staggerKeys';

/** The keys ResultsView gives its children while the results compute, then once they are ready. */
const computing = [
  'summary',
  'comparison',
  'fit-computing',
  'importance-computing',
  'coefficients',
];
const ready = ['summary', 'comparison', 'fit-ready', 'importance-ready', 'coefficients'];

/** Admits children one step at a time, as the shared queue does, until none is left. */
function admitAll(keys: readonly string[], admitted: ReadonlySet<string>): ReadonlySet<string> {
  let current = admitted;
  for (let key = nextToAdmit(keys, current); key !== null; key = nextToAdmit(keys, current)) {
    current = admit(current, keys, key);
  }
  return current;
}

describe('Staggered admission by key', () => {
  it('admits children in their order, one per step', () => {
    const first = new Set(['summary']);
    expect(nextToAdmit(computing, first)).toBe('comparison');
    expect(nextToAdmit(computing, admit(first, computing, 'comparison'))).toBe('fit-computing');
  });

  it('keeps the charts that do not depend on the results mounted when the results arrive', () => {
    const mounted = admitAll(computing, new Set(['summary']));
    const stillMounted = keepPresent(mounted, ready);
    // Drawn once: the comparison and coefficient plot are not mounted a second time.
    expect([...stillMounted].sort()).toEqual(['coefficients', 'comparison', 'summary']);
    // The charts drawn from the results mount afresh, one per step, in page order.
    expect(nextToAdmit(ready, stillMounted)).toBe('fit-ready');
    expect(nextToAdmit(ready, admit(stillMounted, ready, 'fit-ready'))).toBe('importance-ready');
  });

  it('makes a child that left and came back wait for its turn again', () => {
    const mounted = admitAll(ready, new Set(['summary']));
    const afterRetry = admitAll(computing, keepPresent(mounted, computing));
    expect(nextToAdmit(ready, keepPresent(afterRetry, ready))).toBe('fit-ready');
  });

  it('returns the same set when every admitted child is still there', () => {
    const mounted = new Set(['summary', 'comparison']);
    expect(keepPresent(mounted, ready)).toBe(mounted);
    expect(nextToAdmit(['summary', 'comparison'], mounted)).toBeNull();
  });
});
