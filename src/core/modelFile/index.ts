export { buildModelFile, serialiseModelFile } from './buildModelFile';
export { matchColumns } from './matchColumns';
export * from './modelFileTypes';
export { parseModelFile } from './parseModelFile';
export type { ModelFileError, ModelFileErrorCode } from './parseModelFile';
export { scoreTable } from './scoreTable';
export type { ScoreError, ScoredTable } from './scoreTable';
