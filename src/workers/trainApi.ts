import type { DataTable } from '../core/data/table';
import type { TrainingProgress } from '../core/models/modelTypes';
import type { Result } from '../core/result';
import type { PackedOutcome } from '../core/training/outcomeWire';
import type { ModelRequest, TrainingFailure, TrainingSetup } from '../core/training/trainingTypes';
import type { TrainFault } from './faultPlan';

/** What a training worker exposes (Comlink). One worker trains one model, then is terminated. */
export interface TrainWorkerApi {
  /** Holds a Web Lock named `name` until the worker ends (see lifeline.ts). */
  holdLifeline(name: string): Promise<void>;
  /**
   * Trains one model. A lost GPU backend, a thrown error or a failed allocation comes back as a
   * failure value. A finished run comes back packed, its arrays transferred (see outcomeWire.ts).
   * `fault` is a test hook (see faultPlan.ts); it is null in normal use.
   */
  train(
    table: DataTable,
    setup: TrainingSetup,
    request: ModelRequest,
    onProgress: (progress: TrainingProgress) => void,
    fault?: TrainFault | null,
  ): Promise<Result<PackedOutcome, TrainingFailure>>;
}
