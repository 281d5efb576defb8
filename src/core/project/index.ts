export { openKeptProject, openProjectFile, type OpenedProject } from './openProject';
export { parseProject, serialiseProject } from './projectFile';
export * from './projectTypes';
export { projectProblem, readProjectSnapshot } from './readSnapshot';
export * from './snapshotOnWire';
