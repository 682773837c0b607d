/**
 * Scores the matching engine on the labelled set in tests/match-eval/cases.json.
 *   npm run eval:match [-- --json] [--data DIR] [--verbose]
 * Exit status: 0 targets met, 1 a target missed, 2 error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem } from '../utils/dataset/compile';
import { compileDatasetDir } from '../utils/dataset/read-sources';
import { buildIndex, matchSnapshot } from '../utils/match';
import type { ContextResult } from '../utils/match/context';
import { snapshotFromUrl } from '../utils/match/url-snapshot';
import type { ArticleSnapshot } from '../utils/snapshot';

export interface EvalCase {
  id: string;
  group: 'real' | 'near-miss' | 'unrelated';
  note?: string;
  snapshot: { url: string; headline: string | null; lead: string | null; published: string | null; isOpinion: boolean };
  must: { article: string | null; responses: string[]; stories: string[]; links: string[] };
  /** Every entry of the dataset, when the case was labelled, that must not be linked. */
  mustNot: { responses: string[]; stories: string[]; articles: string[] };
  related: { must: string[]; mustNot: string[] };
}

const TARGET = { precision: 0.95, recall: 0.9 };
const CASES = resolve(import.meta.dirname, '../tests/match-eval/cases.json');

export function caseSnapshot(c: EvalCase): ArticleSnapshot {
  return snapshotFromUrl(c.snapshot.url, {
    // The set is of article pages: the extractor's verdict is not what is being scored here.
    isArticle: true,
    headline: c.snapshot.headline,
    published: c.snapshot.published,
    isOpinion: c.snapshot.isOpinion,
    paywalled: false,
    language: 'nb',
    description: c.snapshot.lead,
  });
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

export interface CaseOutcome {
  id: string;
  group: EvalCase['group'];
  problems: string[];
  unlabelled: string[];
  layer: string;
  related: { id: string; confidence: number }[];
}

/** Compares one result with its labels, adding to the tallies; returns what went wrong. */
function score(c: EvalCase, context: ContextResult, tallies: Record<'responses' | 'stories' | 'articles' | 'links' | 'related', Tally>): CaseOutcome {
  const problems: string[] = [];
  const unlabelled: string[] = [];
  const compare = (kind: 'responses' | 'stories' | 'articles' | 'links', predicted: string[], must: string[], mustNot: string[]) => {
    const t = tallies[kind];
    for (const id of must) {
      if (predicted.includes(id)) t.tp++;
      else (t.fn++, problems.push(`missing ${kind} ${id}`));
    }
    for (const id of predicted) {
      if (must.includes(id)) continue;
      if (mustNot.includes(id)) (t.fp++, problems.push(`wrong ${kind} ${id}`));
      else unlabelled.push(`${kind} ${id}`);
    }
  };
  compare('responses', context.responses.map((r) => r.id), c.must.responses, c.mustNot.responses);
  compare('stories', context.stories.map((s) => s.id), c.must.stories, c.mustNot.stories);
  compare('articles', context.article ? [context.article.id] : [], c.must.article ? [c.must.article] : [], c.mustNot.articles);
  compare('links', context.links.map((l) => l.id), c.must.links, c.mustNot.articles);
  const related = context.related.map((r) => r.id);
  const t = tallies.related;
  for (const id of c.related.must) {
    if (related.includes(id)) t.tp++;
    else (t.fn++, problems.push(`missing related ${id}`));
  }
  for (const id of related) {
    if (c.related.must.includes(id)) continue;
    if (c.related.mustNot.includes(id)) (t.fp++, problems.push(`wrong related ${id}`));
  }
  return {
    id: c.id,
    group: c.group,
    problems,
    unlabelled,
    layer: context.match.layer,
    related: context.related.map((r) => ({ id: r.id, confidence: r.why.confidence })),
  };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const dataDir = argv.includes('--data') ? argv[argv.indexOf('--data') + 1] : 'data';
  if (!dataDir) throw new Error('--data needs a folder.');
  const { dataset, problems } = compileDatasetDir(resolve(process.cwd(), dataDir));
  if (!dataset) throw new Error(`The dataset in ${dataDir}/ has errors:\n${problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')}`);
  const cases = (JSON.parse(readFileSync(CASES, 'utf8')) as { cases: EvalCase[] }).cases;
  const index = buildIndex(dataset);
  const tallies = { responses: tally(), stories: tally(), articles: tally(), links: tally(), related: tally() };
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) outcomes.push(score(c, await matchSnapshot(index, caseSnapshot(c)), tallies));

  const linked = (['responses', 'stories', 'articles', 'links'] as const).reduce(
    (sum, k) => ({ tp: sum.tp + tallies[k].tp, fp: sum.fp + tallies[k].fp, fn: sum.fn + tallies[k].fn }),
    tally(),
  );
  const figures = {
    cases: cases.length,
    groups: Object.fromEntries(['real', 'near-miss', 'unrelated'].map((g) => [g, cases.filter((c) => c.group === g).length])),
    responses: { precision: precision(tallies.responses), recall: recall(tallies.responses), ...tallies.responses },
    stories: { precision: precision(tallies.stories), recall: recall(tallies.stories), ...tallies.stories },
    linked: { precision: precision(linked), recall: recall(linked), ...linked },
    related: { precision: precision(tallies.related), recall: recall(tallies.related), ...tallies.related },
    failures: outcomes.filter((o) => o.problems.length),
    unlabelled: outcomes.filter((o) => o.unlabelled.length).map((o) => ({ id: o.id, items: o.unlabelled })),
  };
  const met =
    figures.responses.precision >= TARGET.precision &&
    figures.stories.precision >= TARGET.precision &&
    figures.responses.recall >= TARGET.recall &&
    figures.stories.recall >= TARGET.recall;
  if (json) {
    console.log(JSON.stringify({ ...figures, targets: TARGET, met, outcomes: verbose ? outcomes : undefined }, null, 2));
    return met ? 0 : 1;
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + ' %';
  console.log(`${cases.length} cases: ${Object.entries(figures.groups).map(([g, n]) => `${n} ${g}`).join(', ')}\n`);
  console.log('                     precision    recall    tp  fp  fn');
  for (const [name, f] of [
    ['linked responses', figures.responses],
    ['story context', figures.stories],
    ['all linked items', figures.linked],
    ['possibly related', figures.related],
  ] as const) {
    console.log(`${name.padEnd(20)} ${pct(f.precision)}   ${pct(f.recall)}  ${String(f.tp).padStart(3)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)}`);
  }
  console.log(`\ntargets (responses and story context): precision ≥ ${TARGET.precision}, recall ≥ ${TARGET.recall}: ${met ? 'met' : 'NOT met'}`);
  for (const o of figures.failures) console.log(`  ✗ ${o.id} (${o.group}, ${o.layer}): ${o.problems.join('; ')}`);
  for (const u of figures.unlabelled) console.log(`  ? ${u.id}: unlabelled ${u.items.join(', ')}`);
  if (verbose) {
    for (const o of outcomes) console.log(`  ${o.problems.length ? '✗' : '✓'} ${o.id.padEnd(36)} ${o.layer.padEnd(12)} ${o.related.map((r) => `${r.id}@${r.confidence}`).join(' ')}`);
  }
  return met ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`eval:match: ${(error as Error).message}`);
    process.exitCode = 2;
  },
);
