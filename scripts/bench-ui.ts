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
try {
  const { tabId } = await visit(session, VILLA_URL);
  await waitForBadge(session, tabId, '1');
  for (let i = 0; i < RUNS; i++) {
    const popup = await openPopup(session, tabId);
    const ms = await popup.evaluate(() => performance.getEntriesByName('tilsvar:popup-rendered')[0]?.startTime ?? NaN);
    timings.push(ms);
    await popup.close();
  }
} finally {
  await session.close();
  server.close();
}
timings.sort((a, b) => a - b);
const pick = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
const popupTiming = { runs: RUNS, p50_ms: pick(0.5), p95_ms: pick(0.95), max_ms: timings.at(-1)! };

if (json) {
  console.log(JSON.stringify({ sizes, popup_rendered: popupTiming }, null, 2));
} else {
  console.log('entrypoint        raw bytes   gzip bytes   files');
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`${name.padEnd(16)} ${String(s.raw).padStart(10)} ${String(s.gzip).padStart(12)}   ${s.files.join(', ')}`);
  }
  console.log(`\npopup data on screen after open (Villa piece, ${RUNS} runs): p50 ${popupTiming.p50_ms.toFixed(1)} ms, p95 ${popupTiming.p95_ms.toFixed(1)} ms, max ${popupTiming.max_ms.toFixed(1)} ms`);
  console.log('budgets: popup JS ≤ 40 KB gzip (40960 bytes); data on screen ≤ 100 ms');
}
