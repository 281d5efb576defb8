import type { PiiFinding } from '../core/pii/piiTypes';
import type { ProjectError, ProjectSnapshotOnWire, SnapshotToSave } from '../core/project';
import type { Result } from '../core/result';
import type { ProjectFault } from './faultPlan';

/** Where this browser keeps the project (IndexedDB); only the project worker opens it. */
export const KEPT_PROJECT_DB = { name: 'sheetsense-project', store: 'projects', key: 'current' };

/** A checked project as it crosses from the worker, with the personal data found in its table. */
export interface OpenedProjectOnWire {
  readonly snapshot: ProjectSnapshotOnWire;
  readonly piiFindings: readonly PiiFinding[];
}

/** The project kept in this browser: none, unreadable storage, refused, or read and checked. */
export type KeptProjectOnWire =
  | { readonly kind: 'none' }
  | { readonly kind: 'storage-failed'; readonly detail: string }
  | { readonly kind: 'refused'; readonly error: ProjectError }
  | { readonly kind: 'read'; readonly project: OpenedProjectOnWire };

/** How keeping the project went: kept, refused for lack of space, or failed (English detail). */
export type KeepOutcome =
  | { readonly kind: 'kept' }
  | { readonly kind: 'quota' }
  | { readonly kind: 'failed'; readonly detail: string };

/**
 * What the project worker exposes (Comlink): the heavy parts of saving and opening projects, so
 * that the page's main thread only packs and unpacks strings, in short tasks.
 */
export interface ProjectWorkerApi {
  /** Holds a Web Lock named `name` until the worker ends (see lifeline.ts). */
  holdLifeline(name: string): Promise<void>;
  /** The project file, as a Blob: the page hands it to a download without copying its bytes. */
  serialise(snapshot: SnapshotToSave): Promise<Blob>;
  /** Reads, checks and runs the personal-data check on a project file the user picked. */
  openFile(file: File): Promise<Result<OpenedProjectOnWire, ProjectError>>;
  /** The same for the project kept in this browser's IndexedDB. */
  readKept(): Promise<KeptProjectOnWire>;
  /** Keeps the project in IndexedDB, replacing the one kept; `fault` is a test hook. */
  keep(snapshot: SnapshotToSave, fault: ProjectFault | null): Promise<KeepOutcome>;
  /** Deletes the kept project; the detail of a failure, or null. */
  forgetKept(): Promise<string | null>;
}
