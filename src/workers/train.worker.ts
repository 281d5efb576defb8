import * as Comlink from 'comlink';
import { pluginOf } from '../core/models/modelPlugins';
import type { TrainingProgress } from '../core/models/modelTypes';
import { fail, ok, type Result } from '../core/result';
import { coalesceProgress, type CoalescedProgress } from '../core/training/coalesceProgress';
import { packOutcome, type PackedOutcome } from '../core/training/outcomeWire';
import { runTraining, type BeforeTrain } from '../core/training/runTraining';
import type {
  BackendChoice,
  TrainingFailure,
  TrainingOutcome,
} from '../core/training/trainingTypes';
import { backendLostFailure, failureFromThrown } from '../core/training/workerFaults';
import type { BackendLoss } from './backendLoss';
import { crashWorker, type TrainFault } from './faultPlan';
import { holdLifeline } from './lifeline';
import type { TrainWorkerApi } from './trainApi';

const noop = () => {};

/**
 * Waits one turn of the event loop before answering: a worker that has closed itself drops its
 * queued tasks, so it never answers and the page sees it end (microtask-only backends such as
 * cpu would otherwise finish and post a result from inside the closing task).
 */
const answerTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The GPU side of a neural run, filled in once its backend is active (tfjs loads on demand). */
interface BackendWatch {
  name: string | null;
  /** Test hook only: really loses the active backend. */
  lose: () => void;
  stop: () => void;
  checkNow: () => void;
}

/** Registers tfjs backends only when a neural network trains, then watches the chosen one. */
function neuralBackendPicker(
  choice: BackendChoice,
  watch: BackendWatch,
  onLost: (loss: BackendLoss) => void,
): BeforeTrain {
  return async (train, options) => {
    const { prepareNeuralBackend } = await import('./neuralBackend');
    const { activeBackendName, loseActiveBackend, watchActiveBackend } =
      await import('./backendLoss');
    const ready = await prepareNeuralBackend(choice, train, options);
    if (ready.ok) {
      watch.name = activeBackendName();
      Object.assign(watch, watchActiveBackend(onLost));
      watch.lose = loseActiveBackend;
    }
    return ready;
  };
}

/** Test hook: reports progress, and triggers the planned fault once its epoch has finished. */
function withFault(
  progress: CoalescedProgress,
  fault: TrainFault,
  watch: BackendWatch,
): (progress: TrainingProgress) => void {
  let fired = false;
  return (report) => {
    progress.report(report);
    if (fired || report.epoch === undefined || report.epoch < fault.afterEpoch) return;
    fired = true;
    // The page sees the epoch the fault follows, as it would without coalescing.
    progress.flush();
    if (fault.kind === 'lose-backend') watch.lose();
    else crashWorker(fault.how);
  };
}

const lostFailure = (loss: BackendLoss) => fail(backendLostFailure(loss.backend, loss.detail));

/** Where a backend loss is reported to: `failed` settles with the run's failure once one is. */
function lossSignal() {
  const seen: { loss: BackendLoss | null } = { loss: null };
  let report: (loss: BackendLoss) => void = () => {};
  const failed = new Promise<ReturnType<typeof lostFailure>>((resolve) => {
    report = (loss) => {
      seen.loss = loss;
      resolve(lostFailure(loss));
    };
  });
  return { seen, report, failed };
}

/**
 * Posts a finished run packed, its numeric arrays transferred rather than copied: this worker is
 * terminated once it has answered, so nothing here reads the moved buffers again.
 */
function answer(
  result: Result<TrainingOutcome, TrainingFailure>,
): Result<PackedOutcome, TrainingFailure> {
  if (!result.ok) return result;
  const { packed, transfer } = packOutcome(result.value);
  return Comlink.transfer(ok(packed), [...transfer]);
}

const api: TrainWorkerApi = {
  holdLifeline,
  async train(table, setup, request, onProgress, fault = null) {
    const watch: BackendWatch = { name: null, lose: noop, stop: noop, checkNow: noop };
    const { seen, report, failed } = lossSignal();
    if (fault?.afterEpoch === 0 && fault.kind === 'crash') crashWorker(fault.how);
    const plugin = pluginOf(request.kind);
    const beforeTrain =
      request.kind === 'neural' ? neuralBackendPicker(request.backend, watch, report) : null;
    // Fast epochs (a small table on the typed-array cpu step) are coalesced into a message per
    // 50 ms, so the page does not receive and render a message per millisecond.
    const coalesced = coalesceProgress(onProgress, () => performance.now());
    const progress = fault ? withFault(coalesced, fault, watch) : coalesced.report;
    try {
      // A lost context may leave tfjs waiting on the GPU forever, so the loss wins the race.
      const training = runTraining(table, setup, request, plugin, progress, beforeTrain);
      const result = await Promise.race([training, failed]);
      coalesced.flush();
      await answerTurn();
      watch.checkNow(); // a run that ends right after a loss may have read garbage from the GPU
      return seen.loss === null ? answer(result) : lostFailure(seen.loss);
    } catch (error) {
      await answerTurn();
      watch.checkNow();
      const { loss } = seen;
      return fail(loss === null ? failureFromThrown(error, watch.name) : lostFailure(loss).error);
    } finally {
      watch.stop();
    }
  },
};

Comlink.expose(api);
