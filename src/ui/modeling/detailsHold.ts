/**
 * Whether a finished linear run's coefficient table waits for training to end. Its mount frames
 * (style, layout and paint of the fit statistics and 12 rows a step) were the busiest main-thread
 * tasks while the other models trained (17-25 ms CPU each, 50-200 ms wall on two shared cores), so
 * the table waits like the charts do, unless the user asked for it on this run.
 */
export function coefficientsHeld(
  training: boolean,
  runId: number,
  shownEarlyRunId: number | null,
): boolean {
  return training && shownEarlyRunId !== runId;
}
