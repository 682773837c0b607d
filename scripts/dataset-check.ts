// Validates the dataset sources; exits non-zero on any error so the build and the test run stop.
import { resolve } from 'node:path';
import { formatProblem } from '../utils/dataset/compile';
import { compileDatasetDir } from '../utils/dataset/read-sources';

const dir = resolve(process.argv[2] ?? 'data');
const { dataset, problems } = compileDatasetDir(dir);
for (const problem of problems) console.error(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
if (!dataset || errors > 0) {
  console.error(`dataset:check: ${errors} error(s) in ${dir}`);
  process.exit(1);
}
console.log(
  `dataset:check: ok — ${dataset.stories.length} stories, ${dataset.articles.length} articles, ` +
    `${dataset.responses.length} responses, ${dataset.events.length} events, ${dataset.actors.length} actors, ` +
    `${dataset.outlets.length} outlets; ${problems.length} warning(s)`,
);
