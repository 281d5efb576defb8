import type { ModelKind } from '../core/models/modelTypes';
import type { CrashFault, ImportFault, ProjectFault, TrainFault } from './faultPlan';

/** What a test arms through `window.__sheetsenseFaults` (one shot each). */
interface FaultSwitch {
  armTrain(kind: ModelKind, fault: TrainFault): void;
  armImport(fault: ImportFault): void;
  armResults(fault: CrashFault): void;
  /** Unlike the others, stays armed (every autosave fails) until armed again with null. */
  armProject(fault: ProjectFault | null): void;
}

// Read once at start-up: without the flag nothing is installed and every `take` returns null.
const enabled =
  typeof location !== 'undefined' && new URLSearchParams(location.search).has('inject-faults');

const armedTrain = new Map<ModelKind, TrainFault>();
let armedImport: ImportFault | null = null;
let armedResults: CrashFault | null = null;
let armedProject: ProjectFault | null = null;

if (enabled) {
  const faultSwitch: FaultSwitch = {
    armTrain: (kind, fault) => void armedTrain.set(kind, fault),
    armImport: (fault) => {
      armedImport = fault;
    },
    armResults: (fault) => {
      armedResults = fault;
    },
    armProject: (fault) => {
      armedProject = fault;
    },
  };
  Object.assign(globalThis, { __sheetsenseFaults: faultSwitch });
}

/** Test hook: the fault armed for the next training of `kind`, if any (consumed). */
export function takeTrainFault(kind: ModelKind): TrainFault | null {
  if (!enabled) return null;
  const fault = armedTrain.get(kind) ?? null;
  armedTrain.delete(kind);
  return fault;
}

/** Test hook: the fault armed for the next import, if any (consumed). */
export function takeImportFault(): ImportFault | null {
  if (!enabled) return null;
  const fault = armedImport;
  armedImport = null;
  return fault;
}

/** Test hook: the fault armed for the next results-worker call, if any (consumed). */
export function takeResultsFault(): CrashFault | null {
  if (!enabled) return null;
  const fault = armedResults;
  armedResults = null;
  return fault;
}

/** Test hook: the fault every write of the kept project suffers while armed, if any (kept). */
export function currentProjectFault(): ProjectFault | null {
  return enabled ? armedProject : null;
}
