// Validates the dataset sources, writes the editors' JSON Schemas (schema/) and the compiled artefact,
// and prints what it holds and how large it is. The extension build compiles the same sources itself
// (wxt.config.ts); this script is for editors, CI and measuring.
//
//   npm run dataset:build [-- --out <file>] [--schema-only]
//   npm run dataset:build -- --bench-packs     also times pack validation and import (fake-indexeddb)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countEntries, formatProblem } from '../utils/dataset/compile';
import { jsonSchemas } from '../utils/dataset/json-schema';
import { compileDatasetDir } from '../utils/dataset/read-sources';
import { serializeDataset } from '../utils/dataset/load';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

for (const [name, schema] of Object.entries(jsonSchemas())) {
  const path = resolve('schema', name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`dataset:build: JSON Schemas written to schema/`);
if (args.includes('--schema-only')) process.exit(0);

const { dataset, problems } = compileDatasetDir(resolve('data'));
for (const problem of problems) console.error(formatProblem(problem));
if (!dataset) {
  console.error(`dataset:build: ${problems.filter((p) => p.severity === 'error').length} error(s); nothing written`);
  process.exit(1);
}
const out = resolve(option('--out') ?? '.output/dataset.json');
const text = serializeDataset(dataset);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
const counts = countEntries(dataset);
const bytes = Buffer.byteLength(text);
console.log(
  `dataset:build: ${out}: ${bytes} bytes, ${gzipSync(text, { level: 9 }).length} bytes gzipped; ` +
    Object.entries(counts)
      .map(([kind, n]) => `${n} ${kind === 'story' ? (n === 1 ? 'story' : 'stories') : `${kind}${n === 1 ? '' : 's'}`}`)
      .join(', '),
);
for (const story of dataset.stories) {
  console.log(`  ${story.id}: ${story.articles.length} articles, ${story.responses.length} responses, ${story.events.length} events`);
}

if (args.includes('--bench-packs')) await benchPacks(dataset);

/** Times a pack of growing size: validation alone, the whole import into IndexedDB, and opening its index for matching. */
async function benchPacks(bundled: NonNullable<typeof dataset>) {
  // A side-effect module without type declarations: named through a variable so the type check does not ask for them.
  const fakeIndexedDb = 'fake-indexeddb/auto';
  await import(fakeIndexedDb);
  const { readFileSync } = await import('node:fs');
  const { validatePack } = await import('../utils/dataset/pack');
  const { openTilsvarDb } = await import('../utils/store/db');
  const { importPack, enabledPackDatasets } = await import('../utils/store/packs');
  const { enabledPackIndices } = await import('../utils/store/pack-index');
  const { buildArtefact, loadIndex } = await import('../utils/match');
  const example = JSON.parse(readFileSync(resolve('packs/trondheim-kommune-smittevern.json'), 'utf8'));
  const event = example.stories[1].events[0];
  const now = new Date(`${example.pack.date}T12:00:00Z`);
  for (const count of [1_000, 10_000, 36_000]) {
    const pack = structuredClone(example);
    // Copies of one real event under new ids: a pack of the largest size the limits allow, for timing only.
    pack.stories[1].events = Array.from({ length: count }, (_, i) => ({ ...event, id: `hendelse-${i}` }));
    const text = JSON.stringify(pack);
    let start = performance.now();
    const validation = validatePack(text, { installed: [{ label: 'the bundled dataset', dataset: bundled }], today: example.pack.date });
    const validateMs = performance.now() - start;
    const db = await openTilsvarDb({ name: `bench-${count}` });
    start = performance.now();
    const result = await importPack(text, { db, bundled, now });
    const importMs = performance.now() - start;
    // What the background does when the packs change: open the stored index, against rebuilding it from the entries.
    start = performance.now();
    const [bytes] = await enabledPackIndices({ db });
    loadIndex(bytes!);
    const openMs = performance.now() - start;
    start = performance.now();
    const [entries] = await enabledPackDatasets({ db });
    loadIndex(buildArtefact(entries!));
    const rebuildMs = performance.now() - start;
    db.close();
    console.log(
      `bench-packs: ${count} events, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB: validate ${validateMs.toFixed(0)} ms, ` +
        `importPack (with its index) ${importMs.toFixed(0)} ms, open the stored index ${openMs.toFixed(0)} ms ` +
        `(${(bytes!.byteLength / 1024 / 1024).toFixed(1)} MB), rebuild it from the entries ${rebuildMs.toFixed(0)} ms` +
        (validation.ok && result.ok ? '' : ' (refused!)'),
    );
  }
}
