/**
 * Matching benchmark: Tilsvar's typed-array BM25 index against MiniSearch 7 on the same synthetic
 * datasets (1,000, 10,000 and 100,000 entries in the real schema), the same tokeniser, fields, boosts
 * and queries. Cold start and heap are measured in a fresh `node --expose-gc` process per engine and size.
 *
 *   npm run bench [-- --json] [--sizes 1000,10000] [--queries 500]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch';
import type { Dataset } from '../utils/dataset/types';
import { buildArtefactParts, MatchIndex, searchDocuments, SEARCH_FIELD_WEIGHTS, SEARCH_FIELDS, type SearchDocument } from '../utils/match/artefact';
import { processTerm, splitWords } from '../utils/search/text';
import { percentile } from './stats';

type Engine = 'tilsvar' | 'minisearch';
const ENGINES: Engine[] = ['tilsvar', 'minisearch'];

interface Query {
  text: string;
  /** Document number of the entry the query was written from: the one right answer. */
  target: number;
}

interface Figures {
  build_ms: number;
  artifact_bytes: number;
  cold_start_ms: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  heap_mb: number;
  recall_at_10: number;
  precision_at_1: number;
  queries: number;
  records_bytes: number;
}

// ---------------------------------------------------------------- synthetic data

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = (
  'ber gen by skog fjord vik dal strand hus skole vei bro helse lege kraft vann båt tog buss park plan råd sak øy ås li nes ' +
  'stad heim land mark fjell elv sjø kyst sol vind snø is lys nett data sky bank skatt lønn drift bygg tomt gård hav fisk'
).split(' ');
const SUFFIXES = ['', '', '', 'en', 'et', 'ene', 'er', 'ar', 'ing'];
const TOWNS = 'Trondheim Bergen Oslo Stavanger Tromsø Bodø Ålesund Molde Hamar Lillehammer Drammen Kristiansand Arendal Skien Larvik Narvik Harstad Alta Steinkjer Levanger Namsos Orkanger Røros Oppdal Gjøvik Halden Moss Sarpsborg Fredrikstad Tønsberg'.split(' ');
const FIRST = 'Anne Kari Ingrid Liv Marit Nina Silje Tone Bjørn Ola Per Lars Knut Svein Geir Terje Øystein Håkon Åse Eirik'.split(' ');
const LAST = 'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Berg Haugen Hagen Bakken Dahl Lie Moen Strand Solberg Aas'.split(' ');

function vocabulary(size: number): string[] {
  const words = new Set<string>();
  const rnd = random(7);
  while (words.size < size) {
    const n = 2 + Math.floor(rnd() * 2);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** A deterministic dataset of `entries` articles, responses and events, ten to a story. */
export function syntheticDataset(entries: number, seed = 1): Dataset {
  const rnd = random(seed);
  const vocab = vocabulary(40_000);
  // Zipf-like background: rank r drawn with weight 1/r, so a few words are everywhere and most are rare.
  const cumulative = new Float64Array(vocab.length);
  let total = 0;
  for (let r = 0; r < vocab.length; r++) cumulative[r] = total += 1 / (r + 1);
  const zipf = () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = vocab.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const inflect = (word: string) => word + pick(SUFFIXES);
  const words = (n: number, from: () => string) => Array.from({ length: n }, from).join(' ');
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const source = (title: string) => [{ publisher: 'Syntetisk', title }];

  const dataset: Dataset = { format: 1, outlets: [], actors: [], stories: [], articles: [], responses: [], events: [] };
  for (let o = 0; o < 30; o++) {
    dataset.outlets.push({ id: `avis-${o}`, name: `Avis ${o}`, domains: [`avis${o}.example`], language: 'nb', sources: source('utsalg') });
  }
  const actorCount = Math.max(20, Math.floor(entries / 20));
  for (let a = 0; a < actorCount; a++) {
    const organisation = a % 3 === 0;
    dataset.actors.push({
      id: `aktor-${a}`,
      kind: organisation ? 'organisation' : 'person',
      name: organisation ? `${capital(pick(vocab))} ${pick(TOWNS)}` : `${pick(FIRST)} ${pick(LAST)}`,
      aliases: organisation ? [] : [],
      roles: [],
      sources: source('aktør'),
    });
  }
  const storyCount = Math.ceil(entries / 10);
  let made = 0;
  for (let s = 0; s < storyCount && made < entries; s++) {
    const storyId = `sak-${s}`;
    // Words peculiar to the story: drawn from the rarer half of the vocabulary.
    const storyWords = Array.from({ length: 10 }, () => vocab[2000 + Math.floor(rnd() * (vocab.length - 2000))]!);
    const fromStory = () => inflect(pick(storyWords));
    const town = pick(TOWNS);
    const actors = [pick(dataset.actors), pick(dataset.actors)];
    const year = 2010 + Math.floor(rnd() * 15);
    const story = {
      id: storyId,
      title: capital(`${town} ${words(3, () => pick(storyWords))}`),
      summary: capital(`${words(8, fromStory)} ${words(12, zipf)}.`),
      topics: storyWords.slice(0, 3),
      articles: [] as string[],
      responses: [] as string[],
      events: [] as string[],
    };
    dataset.stories.push(story);
    for (let e = 0; e < 10 && made < entries; e++, made++) {
      const id = `${storyId}-${e}`;
      const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      const title = capital(`${town} ${words(3, fromStory)} ${words(3, zipf)}`);
      const summary = capital(`${words(6, fromStory)} ${words(19, zipf)}.`);
      const topics = [pick(storyWords), pick(storyWords)];
      if (e < 3) {
        dataset.articles.push({
          id,
          story: storyId,
          outlet: pick(dataset.outlets).id,
          headline: title,
          published: date,
          genre: e === 2 ? 'opinion' : 'news',
          summary,
          topics,
          claims: [{ id: `${id}-pastand`, by: actors[0]!.id, text: capital(`${words(10, zipf)}.`) }],
          sources: source(title),
        });
        story.articles.push(id);
      } else if (e === 3) {
        dataset.responses.push({
          id,
          story: storyId,
          organisation: actors[1]!.id,
          date,
          channel: 'statement',
          stance: 'disputes',
          respondsTo: { article: `${storyId}-0` },
          summary: `${title}. ${summary}`,
          sources: source(title),
        });
        story.responses.push(id);
      } else {
        dataset.events.push({ id, story: storyId, date, title, description: summary, actors: actors.map((a) => a.id), topics, sources: source(title) });
        story.events.push(id);
      }
    }
  }
  return dataset;
}

/** Queries written like an article's headline and lead about one entry, with noise and other inflections. */
export function syntheticQueries(docs: SearchDocument[], count: number, seed = 2): Query[] {
  const rnd = random(seed);
  const candidates = docs.map((d, i) => ({ d, i })).filter(({ d }) => d.kind !== 'story');
  const queries: Query[] = [];
  const background = docs.filter((_d, i) => i % 7 === 0).flatMap((d) => splitWords(d.fields.summary)).slice(0, 50_000);
  for (let q = 0; q < count; q++) {
    const { d, i } = candidates[Math.floor(rnd() * candidates.length)]!;
    const own = [...splitWords(d.fields.title), ...splitWords(d.fields.summary)];
    const kept = own.filter(() => rnd() < 0.45).map((w) => (rnd() < 0.3 ? w.replace(/(en|et|ene|er|ar|ing)$/, '') + 'ene' : w));
    const noise = Array.from({ length: 6 }, () => background[Math.floor(rnd() * background.length)]!);
    const mixed = [...kept, ...noise].sort(() => rnd() - 0.5);
    queries.push({ text: mixed.join(' '), target: i });
  }
  return queries;
}

// ---------------------------------------------------------------- engines

const miniSearchOptions: MiniSearchOptions<SearchDocument & { n: number }> = {
  idField: 'n',
  fields: SEARCH_FIELDS.map((f) => `fields.${f}`),
  extractField: (doc, field) => (field === 'n' ? doc.n : doc.fields[field.slice('fields.'.length) as keyof SearchDocument['fields']]) as string,
  // The same tokeniser and term processing as Tilsvar's index, so both engines see the same terms.
  tokenize: (text) => splitWords(text),
  processTerm: (term) => processTerm(term) ?? null,
  searchOptions: { boost: Object.fromEntries(SEARCH_FIELDS.map((f) => [`fields.${f}`, SEARCH_FIELD_WEIGHTS[f]])) },
};

/**
 * The artefact each engine starts from. Tilsvar's is the index file the extension loads at start; the
 * entries' records (needed only to render a page's context) are chunked apart and reported as `records_bytes`.
 */
function buildEngine(engine: Engine, dataset: Dataset, docs: SearchDocument[]): { artefact: Uint8Array; records: number } {
  if (engine === 'tilsvar') {
    const parts = buildArtefactParts(dataset);
    return { artefact: parts.index, records: parts.chunks.reduce((sum, c) => sum + c.byteLength, 0) };
  }
  const mini = new MiniSearch(miniSearchOptions);
  mini.addAll(docs.map((d, n) => ({ ...d, n })));
  return { artefact: new TextEncoder().encode(JSON.stringify(mini)), records: 0 };
}

type Searcher = (text: string) => number[];

function openEngine(engine: Engine, bytes: Uint8Array): Searcher {
  if (engine === 'tilsvar') {
    const index = new MatchIndex(bytes, () => {
      throw new Error('The benchmark searches only; it reads no records.');
    });
    return (text) => index.text.search(index.text.queryTerms(text), 10).map((hit) => hit.doc);
  }
  const mini = MiniSearch.loadJSON(new TextDecoder().decode(bytes), miniSearchOptions);
  return (text) => mini.search(text).slice(0, 10).map((r) => r.id as number);
}

// ---------------------------------------------------------------- child: one engine, one size, fresh heap

function memory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function child(engine: Engine, artefactPath: string, queriesPath: string) {
  const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as Query[];
  const before = memory();
  let bytes: Uint8Array | null = new Uint8Array(readFileSync(artefactPath));
  const t0 = performance.now();
  const search = openEngine(engine, bytes);
  search(queries[0]!.text);
  const coldStart = performance.now() - t0;
  // The artefact's bytes stay alive only if the engine keeps them (Tilsvar's index is views on them).
  bytes = null;
  const heap = (memory() - before) / 2 ** 20;

  for (const q of queries.slice(0, 30)) search(q.text);
  // One timed pass over the queries, after the same warm-up, for both engines: each query's time is that
  // single run (no best-of-N, which a slow engine could not afford at 100,000 and a fast one could).
  const times: number[] = [];
  let inTop10 = 0;
  let atTop1 = 0;
  for (const q of queries) {
    const t = performance.now();
    const result = search(q.text);
    times.push(performance.now() - t);
    if (result.includes(q.target)) inTop10++;
    if (result[0] === q.target) atTop1++;
  }
  console.log(
    JSON.stringify({
      cold_start_ms: coldStart,
      heap_mb: heap,
      p50_ms: percentile(times, 0.5),
      p95_ms: percentile(times, 0.95),
      p99_ms: percentile(times, 0.99),
      recall_at_10: inTop10 / queries.length,
      precision_at_1: atTop1 / queries.length,
      queries: queries.length,
    }),
  );
}

// ---------------------------------------------------------------- parent

function runChild(engine: Engine, artefact: string, queries: string) {
  const script = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--child', engine, artefact, queries], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`${engine} child failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Omit<Figures, 'build_ms' | 'artifact_bytes' | 'records_bytes'>;
}

function round(value: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function parent(argv: string[]) {
  const json = argv.includes('--json');
  const sizesArg = argv[argv.indexOf('--sizes') + 1];
  const sizes = argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10_000, 100_000];
  const queryArg = argv[argv.indexOf('--queries') + 1];
  // MiniSearch takes about half a second per query at 100,000 entries on a 2-core machine: 200 queries
  // there keep the whole run near three minutes. Both engines always answer the same queries.
  const queriesFor = (size: number) => (argv.includes('--queries') && queryArg ? Number(queryArg) : size >= 100_000 ? 200 : 500);
  const dir = mkdtempSync(join(tmpdir(), 'tilsvar-bench-'));
  const result: { sizes: Record<string, Record<Engine, Figures>>; ratio_p95_at_largest?: number; machine: string } = {
    sizes: {},
    machine: `${process.version} ${process.platform}/${process.arch}`,
  };
  try {
    for (const size of sizes) {
      const dataset = syntheticDataset(size);
      const docs = searchDocuments(dataset);
      const queries = syntheticQueries(docs, queriesFor(size));
      const queriesPath = join(dir, `queries-${size}.json`);
      writeFileSync(queriesPath, JSON.stringify(queries));
      const figures = {} as Record<Engine, Figures>;
      for (const engine of ENGINES) {
        const t = performance.now();
        const { artefact, records } = buildEngine(engine, dataset, docs);
        const buildMs = performance.now() - t;
        const artefactPath = join(dir, `${engine}-${size}.bin`);
        writeFileSync(artefactPath, artefact);
        const measured = runChild(engine, artefactPath, queriesPath);
        figures[engine] = {
          build_ms: round(buildMs, 1),
          artifact_bytes: artefact.byteLength,
          records_bytes: records,
          cold_start_ms: round(measured.cold_start_ms, 2),
          p50_ms: round(measured.p50_ms, 4),
          p95_ms: round(measured.p95_ms, 4),
          p99_ms: round(measured.p99_ms, 4),
          heap_mb: round(measured.heap_mb, 2),
          recall_at_10: round(measured.recall_at_10, 4),
          precision_at_1: round(measured.precision_at_1, 4),
          queries: measured.queries,
        };
        if (!json) process.stderr.write(`  ${size} ${engine} done\n`);
      }
      result.sizes[String(size)] = figures;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const largest = result.sizes[String(sizes[sizes.length - 1])];
  if (largest) result.ratio_p95_at_largest = round(largest.minisearch.p95_ms / largest.tilsvar.p95_ms, 1);
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const rows: string[][] = [['entries', 'engine', 'build ms', 'artefact', 'cold ms', 'p50 ms', 'p95 ms', 'p99 ms', 'heap MB', 'recall@10', 'P@1']];
  for (const [size, figures] of Object.entries(result.sizes)) {
    for (const engine of ENGINES) {
      const f = figures[engine];
      rows.push([
        Number(size).toLocaleString('en'),
        engine,
        f.build_ms.toFixed(0),
        `${(f.artifact_bytes / 2 ** 20).toFixed(2)} MB`,
        f.cold_start_ms.toFixed(1),
        f.p50_ms.toFixed(3),
        f.p95_ms.toFixed(3),
        f.p99_ms.toFixed(3),
        f.heap_mb.toFixed(1),
        f.recall_at_10.toFixed(3),
        f.precision_at_1.toFixed(3),
      ]);
    }
    rows.push([
      '',
      'ratio',
      '',
      '',
      (figures.minisearch.cold_start_ms / figures.tilsvar.cold_start_ms).toFixed(1) + '×',
      (figures.minisearch.p50_ms / figures.tilsvar.p50_ms).toFixed(1) + '×',
      (figures.minisearch.p95_ms / figures.tilsvar.p95_ms).toFixed(1) + '×',
      (figures.minisearch.p99_ms / figures.tilsvar.p99_ms).toFixed(1) + '×',
      (figures.minisearch.heap_mb / figures.tilsvar.heap_mb).toFixed(1) + '×',
      '',
      '',
    ]);
  }
  const widths = rows[0]!.map((_c, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log(
    `\n${sizes.map((s) => `${queriesFor(s)} queries at ${s.toLocaleString('en')}`).join(', ')} (30 more to warm up), each timed once per engine; ` +
      `ratio = MiniSearch ÷ Tilsvar, higher is better for Tilsvar. ${result.machine}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') child(argv[1] as Engine, argv[2]!, argv[3]!);
  else parent(argv);
}
