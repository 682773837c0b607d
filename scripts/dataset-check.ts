// Validates the dataset sources and the packs under packs/; exits non-zero on any error so the build and
// the test run stop. Every problem is printed as "<file> <JSON path>: <severity>: <reason>".
//
//   npm run dataset:check                       data/ and every packs/*.json against it
//   npm run dataset:check -- <dir>              another dataset directory (e.g. a broken example)
//   npm run dataset:check -- --pack <file>      one pack file against data/
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { countEntries, formatProblem } from '../utils/dataset/compile';
import { validatePack } from '../utils/dataset/pack';
import { compileDatasetDir } from '../utils/dataset/read-sources';
import type { Dataset, DatasetProblem, EntryCounts } from '../utils/dataset/types';

const args = process.argv.slice(2);
const packIndex = args.indexOf('--pack');
const packArg = packIndex >= 0 ? args[packIndex + 1] : undefined;
const dirArg = args.find((arg, i) => !arg.startsWith('--') && (packIndex < 0 || i !== packIndex + 1));
const dir = resolve(dirArg ?? 'data');

let errors = 0;
let warnings = 0;
const report = (problems: DatasetProblem[]) => {
  for (const problem of problems) console.error(formatProblem(problem));
  errors += problems.filter((p) => p.severity === 'error').length;
  warnings += problems.filter((p) => p.severity === 'warning').length;
};
const describe = (counts: EntryCounts) =>
  `${counts.story} stories, ${counts.article} articles, ${counts.claim} claims, ${counts.response} responses, ` +
  `${counts.event} events, ${counts.actor} actors, ${counts.outlet} outlets`;

const { dataset, problems } = compileDatasetDir(dir);
report(problems);
if (dataset) {
  const http = httpOnlySources(dataset);
  console.log(
    `dataset:check: ${relative(process.cwd(), dir) || '.'}: ${describe(countEntries(dataset))}` +
      (http > 0 ? `; ${http} http-only source link(s), each with its insecureUrlReason` : ''),
  );
}

const packFiles = packArg ? [resolve(packArg)] : dirArg ? [] : listPacks(resolve('packs'));
for (const file of packFiles) {
  if (!dataset) {
    console.error(`dataset:check: ${relative(process.cwd(), file)} not checked: the dataset it builds on has errors`);
    continue;
  }
  const name = relative(process.cwd(), file);
  const result = validatePack(readFileSync(file, 'utf8'), { installed: [{ label: 'the bundled dataset', dataset }], fileName: name });
  if (result.ok) {
    report(result.warnings);
    console.log(`dataset:check: ${name}: pack "${result.header.id}" ${result.header.version}: ${describe(result.counts)}`);
  } else {
    report(result.problems);
  }
}

if (errors > 0 || !dataset) {
  console.error(`dataset:check: ${errors} error(s), ${warnings} warning(s)`);
  process.exit(1);
}
console.log(`dataset:check: ok; ${warnings} warning(s)`);

function listPacks(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}

function httpOnlySources(data: Dataset): number {
  const entries = [...data.outlets, ...data.actors, ...data.articles, ...data.responses, ...data.events];
  return entries.flatMap((e) => e.sources).filter((s) => s.url?.startsWith('http:')).length;
}
