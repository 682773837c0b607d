// Scores the content script's extraction on a corpus in the format of ../shared/corpus:
//   tsx scripts/eval-corpus.ts [dir] [--check] [--misses] [--json]
// Prints per-field scores, overall and for the Norwegian pages, beside the two reference extractors of
// issue 4. With --check it exits with 1 when any target is missed; --misses lists every page that missed.
// The scoring rules are in utils/extract/score.ts.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractSnapshot } from '../utils/extract';
import { defaultCorpusDir, loadCorpus, readPageHtml } from '../utils/extract/corpus';
import { FIELD_NAMES, TARGETS, figure, scorePage, summarize, type PageScore } from '../utils/extract/score';
import type { ArticleSnapshot } from '../utils/snapshot';

const args = process.argv.slice(2);
const check = args.includes('--check');
const showMisses = args.includes('--misses');
const asJson = args.includes('--json');
const unknown = args.filter((a) => a.startsWith('--') && !['--check', '--misses', '--json'].includes(a));
if (unknown.length) {
  console.error(`Unknown option ${unknown[0]}.\nUsage: tsx scripts/eval-corpus.ts [dir] [--check] [--misses] [--json]`);
  process.exit(2);
}
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? defaultCorpusDir(process.cwd()));
if (!existsSync(dir)) {
  console.error(`No corpus at ${dir}.`);
  process.exit(2);
}
const pages = loadCorpus(dir);
if (!pages.length) {
  console.error(`No pages (<id>/expected.json + <id>/source.html) in ${dir}.`);
  process.exit(2);
}

const results: { page: (typeof pages)[number]; snapshot: ArticleSnapshot; score: PageScore }[] = [];
for (const page of pages) {
  const { document } = parseHTML(readPageHtml(page));
  const snapshot = extractSnapshot(document as unknown as Document, page.pageUrl);
  results.push({ page, snapshot, score: scorePage(page.expected, snapshot) });
}

const overall = summarize(results.map((r) => r.score));
const norwegianResults = results.filter((r) => r.page.norwegian);
const norwegian = summarize(norwegianResults.map((r) => r.score));

if (asJson) {
  console.log(JSON.stringify({ dir, overall, norwegian }, null, 2));
} else {
  const fmt = (v: number | null) => (v === null || Number.isNaN(v) ? '—' : v.toFixed(3));
  const count = (key: string, s: typeof overall) => (key === 'detectionF1' ? s.pages : s.fields[key as (typeof FIELD_NAMES)[number]].n);
  console.log(`Corpus ${dir}: ${overall.pages} pages (${overall.articles} articles), ${norwegian.pages} Norwegian (${norwegian.articles} articles)\n`);
  const header = ['field', 'Tilsvar', 'n', 'Norwegian', 'n', 'Readability 0.6', 'metascraper 5.49', 'target', ''];
  const rows = TARGETS.map((t) => {
    const ours = figure(overall, t.key);
    return [t.label, fmt(ours), String(count(t.key, overall)), fmt(figure(norwegian, t.key)), String(count(t.key, norwegian)), fmt(t.readability), fmt(t.metascraper), `≥ ${t.target.toFixed(2)}`, ours >= t.target ? 'met' : 'MISSED'];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log('Readability and metascraper: their scores on ../shared/corpus as issue 4 quotes them, not measured by this script.');
  const d = overall.detection;
  console.log(`\nArticle detection: precision ${fmt(d.precision)}, recall ${fmt(d.recall)} (tp ${d.tp}, fp ${d.fp}, fn ${d.fn}).`);
  const nd = norwegian.detection;
  console.log(`Norwegian pages:   precision ${fmt(nd.precision)}, recall ${fmt(nd.recall)} (tp ${nd.tp}, fp ${nd.fp}, fn ${nd.fn}).`);
}

if (showMisses) {
  console.log('\nMisses:');
  for (const { page, snapshot, score } of results) {
    const missed = FIELD_NAMES.filter((name) => score.fields[name] !== null && score.fields[name]! < 1);
    if (score.expectedArticle !== score.predictedArticle) missed.unshift('isArticle' as never);
    if (!missed.length) continue;
    const got: Record<string, unknown> = {
      isArticle: snapshot.isArticle,
      headlineLenient: snapshot.headline,
      headlineStrict: snapshot.headline,
      byline: snapshot.byline,
      published: snapshot.published,
      siteName: snapshot.siteName,
      canonicalUrl: snapshot.canonicalUrl,
      language: snapshot.language,
      section: snapshot.section,
      opinion: snapshot.isOpinion,
    };
    console.log(`- ${page.id}: ${missed.map((m) => `${m}=${JSON.stringify(got[m])}`).join('  ')}`);
  }
}

if (check) {
  const missed = TARGETS.filter((t) => !(figure(overall, t.key) >= t.target));
  if (missed.length) {
    console.error(`\neval:corpus --check: ${missed.length} target(s) missed: ${missed.map((t) => t.label).join(', ')}.`);
    process.exit(1);
  }
  console.log('\neval:corpus --check: every target met.');
}
