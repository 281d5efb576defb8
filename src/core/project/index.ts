export { parseProject, serialiseProject } from './projectFile';
export * from './projectTypes';
export { projectProblem, readProjectSnapshot } from './readSnapshot';
