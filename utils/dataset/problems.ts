import type { DatasetProblem } from './types';

/** One line an editor can act on: file, JSON path, severity, reason. Kept apart so pages need not load the schema. */
export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file} ${problem.path}: ${problem.severity}: ${problem.message}`;
}
