// Content-script budgets: its size (gzip) and the time detection + extraction take per page, over a corpus
// in the format of ../shared/corpus, in Node (linkedom) and in Chromium (JavaScript of the pages disabled).
//   tsx scripts/bench-extract.ts [dir] [--build] [--runs N] [--no-chromium] [--json]
// In Chromium each page is loaded 3 times of each kind (see part 3); each time the extraction runs N times
// (default 5): the first call of a load is what a content script pays on a real page, the others are later calls.
// --build runs `wxt build` first so the built content script is measured; without it the last build in
// .output is measured when there is one. A benchmark, not a test: it prints figures and checks nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { extractSnapshot } from '../utils/extract';
import { defaultCorpusDir, loadCorpus, readPageHtml } from '../utils/extract/corpus';
import { STRESS_PAGES, STRESS_URL } from '../utils/extract/stress';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../tests/e2e/harness';
import { median, quantiles } from './stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const runsIndex = args.indexOf('--runs');
const RUNS = runsIndex >= 0 ? Math.max(1, Number(args[runsIndex + 1]) || 5) : 5;
const ROUNDS = 3;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? defaultCorpusDir(process.cwd()));
const BUILT = resolve('.output/chrome-mv3/content-scripts/article.js');

const gzip = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. Size. The extraction code as the content script bundles it (registry, URL rules and extraction), and the
// built content script itself (which adds the browser polyfill and WXT's runtime).
if (flag('--build')) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const bundle = await build({
  entryPoints: [resolve('utils/extract/index.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'TilsvarExtract',
  target: 'chrome120',
  write: false,
});
const extractionCode = bundle.outputFiles[0]!.text;
// Evaluated in the page as a script, so the IIFE's `var` must land on the global object.
const injectedCode = `${extractionCode};globalThis.TilsvarExtract = TilsvarExtract;`;
const size = {
  extractionBundle: { raw: Buffer.byteLength(extractionCode), gzip: gzip(extractionCode) },
  contentScript: existsSync(BUILT)
    ? { raw: statSync(BUILT).size, gzip: gzip(readFileSync(BUILT)), builtAt: statSync(BUILT).mtime.toISOString() }
    : null,
};

// 2. Time in Node, with linkedom parsing the page (parsing is not timed: the browser has done it already).
const pages = loadCorpus(dir);
if (!pages.length) {
  console.error(`No corpus pages in ${dir}; only the size is measured.`);
}
/** The first call on a page parsed by linkedom, the median of RUNS calls after it, and the first call's snapshot. */
function timeInNode(html: string, url: string): { first: number; later: number; snapshot: string } {
  const doc = parseHTML(html).document as unknown as Document;
  let start = performance.now();
  const result = extractSnapshot(doc, url);
  const first = performance.now() - start;
  const snapshot = JSON.stringify(result);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    start = performance.now();
    extractSnapshot(doc, url);
    times.push(performance.now() - start);
  }
  return { first, later: median(times), snapshot };
}

const htmlOf = new Map(pages.map((page) => [page.id, readPageHtml(page)]));
const nodeTimes = pages.map((page) => timeInNode(htmlOf.get(page.id)!, page.pageUrl));
const nodeResults = new Map(pages.map((page, i) => [page.id, nodeTimes[i]!.snapshot]));

// 2b. Worst cases in Node: the stress pages (utils/extract/stress.ts) and the slowest corpus page, each by its first
// call and the median of the calls after it (the budget: 20 ms each, bounded by caps).
const worstCases = STRESS_PAGES.map((page) => {
  const html = page.html();
  const { first, later } = timeInNode(html, STRESS_URL);
  return { name: page.name, mb: html.length / 1048576, first, later };
});
const slowest = nodeTimes.reduce((worst, t, i) => (t.later > nodeTimes[worst]!.later ? i : worst), 0);
if (pages.length) {
  const { first, later } = nodeTimes[slowest]!;
  worstCases.push({ name: `slowest corpus page (${pages[slowest]!.id})`, mb: htmlOf.get(pages[slowest]!.id)!.length / 1048576, first, later });
}

// 3. Time in Chromium. Each page is set as the content of a tab whose own scripts are disabled; as for a content
// script, the bundled extraction is evaluated into a fresh isolated world of each load, and performance.now()
// times each run there. Two kinds of load, as a reader meets them:
// - "compiled before": the script's source is the same on every load, so V8 finds it compiled by an earlier
//   page in the same renderer process (its compilation cache), as a content script's later pages do;
// - "script new to V8": a source V8 has not seen (a comment makes each one new), so the first call also
//   compiles every function it runs, as on the first page a renderer process shows. The renderer has run the
//   extraction before, so what V8 shares between scripts (compiled regular expressions among it) is warm: for
//   a new renderer process this is a lower bound.
// Per page, the median first call of each kind, and the median of the later calls of every load.
const firstCalls: Record<'cached' | 'fresh', number[]> = { cached: [], fresh: [] };
const laterCalls: number[] = [];
let sameAsNode = 0;
let chromiumError: string | null = null;
if (pages.length && !flag('--no-chromium')) {
  try {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: false,
      // Nothing a page references is fetched: every host resolves to nothing, so each request fails at once inside
      // the browser. (Aborting them through Playwright instead kept the browser and this process busy during the
      // timed calls, on a machine of two cores: the p95 moved by 0.5 ms from run to run.)
      args: [...QUIET_CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Page.enable');
      let loads = 0;
      /** One load of the page: the extraction's source evaluated into a new isolated world, then RUNS timed calls. */
      const load = async (page: (typeof pages)[number], source: string) => {
        // The content script runs at document_idle: after the page's load, or a little before it.
        await tab.setContent(htmlOf.get(page.id)!, { waitUntil: 'load' });
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'tilsvar' });
        await cdp.send('Runtime.evaluate', { contextId, expression: source });
        const expression = `(() => {
          const times = [];
          let snapshot = null;
          for (let i = 0; i < ${RUNS}; i++) {
            const start = performance.now();
            const result = TilsvarExtract.extractSnapshot(document, ${JSON.stringify(page.pageUrl)});
            times.push(performance.now() - start);
            snapshot ??= JSON.stringify(result);
          }
          return { times, snapshot };
        })()`;
        const { result } = await cdp.send('Runtime.evaluate', { contextId, expression, returnByValue: true });
        return result.value as { times: number[]; snapshot: string };
      };
      // Once before any is timed, so that every "compiled before" load finds the script compiled.
      await load(pages[0]!, injectedCode);
      for (const page of pages) {
        const first: Record<'cached' | 'fresh', number[]> = { cached: [], fresh: [] };
        const later: number[] = [];
        let same = true;
        for (let round = 0; round < ROUNDS; round++) {
          for (const kind of ['cached', 'fresh'] as const) {
            const source = kind === 'cached' ? injectedCode : `${injectedCode}\n// load ${++loads}`;
            const { times, snapshot } = await load(page, source);
            first[kind].push(times[0]!);
            later.push(...times.slice(1));
            same &&= snapshot === nodeResults.get(page.id);
          }
        }
        for (const kind of ['cached', 'fresh'] as const) firstCalls[kind].push(median(first[kind]));
        if (later.length) laterCalls.push(median(later));
        if (same) sameAsNode++;
      }
    } finally {
      await browser.close();
    }
  } catch (error) {
    chromiumError = error instanceof Error ? error.message : String(error);
    firstCalls.cached = [];
    firstCalls.fresh = [];
    laterCalls.length = 0;
  }
}

const result = {
  corpus: dir,
  pages: pages.length,
  runsPerPage: RUNS,
  size,
  nodeLinkedom: { later: quantiles(nodeTimes.map((t) => t.later)), firstCall: quantiles(nodeTimes.map((t) => t.first)) },
  worstCases,
  chromium: firstCalls.cached.length
    ? {
        laterCalls: quantiles(laterCalls),
        firstCallCompiledBefore: quantiles(firstCalls.cached),
        firstCallNewScript: quantiles(firstCalls.fresh),
        sameResultAsNode: sameAsNode,
      }
    : null,
  chromiumError,
};

if (flag('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const row = (label: string, q: { p50: number; p95: number; max: number }) =>
    console.log(`  ${label.padEnd(40)} p50 ${ms(q.p50).padStart(9)}   p95 ${ms(q.p95).padStart(9)}   max ${ms(q.max).padStart(9)}`);
  console.log('Content script size (budget 12 KB gzip)');
  console.log(`  extraction bundle (esbuild, minified)  ${kb(size.extractionBundle.raw)} raw, ${kb(size.extractionBundle.gzip)} gzip`);
  if (size.contentScript) {
    console.log(`  built content script (.output, ${size.contentScript.builtAt})  ${kb(size.contentScript.raw)} raw, ${kb(size.contentScript.gzip)} gzip`);
  } else {
    console.log('  built content script: no .output/chrome-mv3 build (run with --build)');
  }
  console.log(`\nDetection + extraction per page, ${pages.length} pages of ${dir} (budget 3 ms p95 in Chromium)`);
  console.log(`  Node: ${RUNS} runs per page. Chromium: ${ROUNDS} loads of each kind per page, ${RUNS} runs each.`);
  row('Node + linkedom, later calls on a page', result.nodeLinkedom.later);
  row('Node + linkedom, first call', result.nodeLinkedom.firstCall);
  if (result.chromium) {
    row('Chromium, later calls on a page', result.chromium.laterCalls);
    row('Chromium, first call, compiled before', result.chromium.firstCallCompiledBefore);
    row('Chromium, first call, script new to V8', result.chromium.firstCallNewScript);
    console.log(`  Chromium's snapshot equals linkedom's on every load of ${sameAsNode} of ${pages.length} pages`);
    console.log('  (first call: "compiled before" is a later page in the same renderer process, whose V8 has the script');
    console.log('  compiled already; "script new to V8" compiles it too, as a renderer process\'s first page does, but in a');
    console.log('  renderer that has run it before, so it is a lower bound for that case)');
  } else if (chromiumError) {
    console.log(`  Chromium: not measured (${chromiumError.split('\n')[0]})`);
  }
  console.log(`\nWorst cases, Node + linkedom (budget 20 ms each; parsing not timed)`);
  for (const w of worstCases) console.log(`  ${w.name.padEnd(52)} ${w.mb.toFixed(1).padStart(5)} MB   first ${ms(w.first).padStart(9)}   later calls, median ${ms(w.later).padStart(9)}`);
}
