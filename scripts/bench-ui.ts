// Popup budgets: JavaScript size per entrypoint (raw and gzip, shared chunks included) and, in real
// Chromium, the time from the popup's navigation start to its data on screen. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension, openPopup, serveFixtures, VILLA_URL, visit, waitForBadge } from '../tests/e2e/harness';

const RUNS = Number(process.env.RUNS ?? 30);
const json = process.argv.includes('--json');

/** Every JS file an HTML entrypoint loads, following static imports between chunks. */
function scriptsOf(html: string): string[] {
  const seen = new Set<string>();
  const queue = [...readFileSync(join(EXTENSION_DIR, html), 'utf8').matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*["']\.{0,2}\/?((?:chunks\/)?[\w.-]+\.js)["']/g)) {
      const target = match[1]!.startsWith('chunks/') ? match[1]! : `chunks/${match[1]}`;
      queue.push(target);
    }
  }
  return [...seen];
}

function size(files: string[]): { raw: number; gzip: number } {
  const code = Buffer.concat(files.map((f) => readFileSync(join(EXTENSION_DIR, f))));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const entrypoints: Record<string, string[]> = {
  popup: scriptsOf('popup.html'),
  options: scriptsOf('options.html'),
  background: ['background.js'],
  'content script': ['content-scripts/article.js'],
};
const sizes = Object.fromEntries(Object.entries(entrypoints).map(([name, files]) => [name, { files, ...size(files) }]));

const { server, port } = await serveFixtures();
const session = await launchWithExtension(port);
const timings: number[] = [];
// The popup's own mark, set in an effect once its data is rendered: Preact runs effects after a frame and a task.
const marks: number[] = [];
try {
  const { tabId } = await visit(session, VILLA_URL);
  await waitForBadge(session, tabId, '1');
  for (let i = 0; i < RUNS; i++) {
    const popup = await openPopup(session, tabId);
    // When the headline (or the state's message) was painted, from Chromium's Element Timing; the
    // "loading" message is not data.
    const painted = await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list
              .getEntries()
              .map((e) => e as PerformanceEntry & { identifier?: string; element?: Element | null; renderTime: number })
              .find((e) => e.identifier === 'popup-data' && !e.element?.closest('[data-state="loading"]'));
            if (entry) resolve(entry.renderTime || entry.startTime);
          }).observe({ type: 'element', buffered: true });
          setTimeout(() => resolve(NaN), 2000);
        }),
    );
    timings.push(painted);
    marks.push(await popup.evaluate(() => performance.getEntriesByName('tilsvar:popup-rendered')[0]?.startTime ?? NaN));
    await popup.close();
  }
} finally {
  await session.close();
  server.close();
}
// A run that timed out has no figure: it is counted as missing, not sorted in.
const quantiles = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { runs: sorted.length, missing: values.length - sorted.length, p50_ms: pick(0.5), p95_ms: pick(0.95), max_ms: sorted.at(-1) ?? NaN };
};
const popupTiming = quantiles(timings);
const markTiming = quantiles(marks);

if (json) {
  console.log(JSON.stringify({ sizes, popup_data_painted: popupTiming, popup_rendered_mark: markTiming }, null, 2));
} else {
  console.log('entrypoint        raw bytes   gzip bytes   files');
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`${name.padEnd(16)} ${String(s.raw).padStart(10)} ${String(s.gzip).padStart(12)}   ${s.files.join(', ')}`);
  }
  const line = (t: typeof popupTiming) =>
    `p50 ${t.p50_ms.toFixed(1)} ms, p95 ${t.p95_ms.toFixed(1)} ms, max ${t.max_ms.toFixed(1)} ms${t.missing ? ` (${t.missing} of ${RUNS} runs gave no figure)` : ''}`;
  console.log(`\npopup data on screen after open (Villa piece, ${RUNS} runs; Element Timing of the headline's paint): ${line(popupTiming)}`);
  console.log(`the popup's own "rendered" mark (set in an effect, after the next frame and task):     ${line(markTiming)}`);
  console.log('budgets: popup JS ≤ 40 KB gzip (40960 bytes); data on screen ≤ 100 ms');
}
