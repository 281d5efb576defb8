import type { ProjectError } from '../../core/project';

export type ProjectStatus = 'off' | 'saving' | 'saved' | 'error' | 'locked';

/** What went wrong with the project; the UI words it in the user's language. */
export type ProjectProblem =
  /** The browser's storage for this site is full: nothing was lost, but nothing is kept. */
  | { readonly kind: 'quota' }
  /** Saving failed for another reason (English detail from the browser). */
  | { readonly kind: 'storage'; readonly detail: string }
  /** The project kept in this browser could not be read back. */
  | { readonly kind: 'restore'; readonly error: ProjectError }
  /** A project file the user opened was refused. */
  | { readonly kind: 'file'; readonly fileName: string; readonly error: ProjectError };

export interface ProjectSlice {
  /** Opt-in: keep the project in this browser (the choice itself is kept in localStorage). */
  persistEnabled: boolean;
  projectStatus: ProjectStatus;
  projectError: ProjectProblem | null;
  /** Once, at start-up: takes the lock and restores the kept project when persistence is on. */
  startProject: () => Promise<void>;
  setPersist: (on: boolean) => Promise<void>;
  /** Makes this tab the one that saves, after another tab had the project. */
  takeOverProject: () => Promise<void>;
  /** Downloads the project as `<dataset>.sheetsense`. */
  exportProjectFile: () => void;
  /** Opens a project file; a bad file leaves everything as it was and says why. */
  importProjectFile: (file: File) => Promise<void>;
  /** Stops saving (ending a save in flight) and lets the lock go, before forgetting everything. */
  stopProject: () => void;
}
