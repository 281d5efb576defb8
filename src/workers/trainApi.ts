import type { DataTable } from '../core/data/table';
import type { TrainingProgress } from '../core/models/modelTypes';
import type { Result } from '../core/result';
import type {
  ModelRequest,
  TrainingFailure,
  TrainingOutcome,
  TrainingSetup,
} from '../core/training/trainingTypes';

/** What a training worker exposes (Comlink). One worker trains one model, then is terminated. */
export interface TrainWorkerApi {
  train(
    table: DataTable,
    setup: TrainingSetup,
    request: ModelRequest,
    onProgress: (progress: TrainingProgress) => void,
  ): Promise<Result<TrainingOutcome, TrainingFailure>>;
}
