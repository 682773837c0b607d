// Pack import fuzzing: whatever a pack file holds, a bad one is refused with a message and leaves every object
// store exactly as it was; an import cut off midway (the page closed during the write) leaves it as it was too.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDatasetDir } from '../../utils/dataset/read-sources';
import type { Dataset } from '../../utils/dataset/types';
import { openTilsvarDb, type TilsvarDb } from '../../utils/store/db';
import { importPack, listPacks } from '../../utils/store/packs';
import { patchPut } from './store-fixture';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bundled: Dataset = compileDatasetDir(`${repo}data`, repo).dataset!;
const EXAMPLE_TEXT = readFileSync(`${repo}packs/trondheim-kommune-smittevern.json`, 'utf8');
const NOW = new Date('2026-11-29T12:00:00Z');
const STORES = ['meta', 'packs', 'packData', 'packIndex', 'history', 'reviews', 'reports'] as const;

export const PACK_FUZZ_RUNS = { malformedJson: 60, randomJson: 60, wrongTypes: 40, hostileKeys: 30, oversizedStrings: 20, duplicateIds: 30 } as const;

type Json = Record<string, unknown>;
/** A newer version of the example pack, so only the change made to it can be the reason for a refusal. */
const newer = (): Json => {
  const pack = JSON.parse(EXAMPLE_TEXT) as Json;
  (pack['pack'] as Json)['version'] = '2.0.0';
  return pack;
};

let dbCount = 0;
async function installedDb(): Promise<TilsvarDb> {
  const db = await openTilsvarDb({ name: `packs-fuzz-${++dbCount}` });
  const first = await importPack(EXAMPLE_TEXT, { db, bundled, now: NOW, fileName: 'v1.json' });
  expect(first.ok).toBe(true);
  return db;
}

async function dump(db: TilsvarDb): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of STORES) {
    const tx = db.transaction(name);
    out[name] = { keys: await tx.store.getAllKeys(), values: await tx.store.getAll() };
  }
  return JSON.stringify(out);
}

/** Every container (object or array) in a JSON tree, with its path. */
function containers(value: unknown, path = '$', out: { path: string; node: Json | unknown[] }[] = []) {
  if (value && typeof value === 'object') {
    out.push({ path, node: value as Json });
    for (const [k, v] of Object.entries(value)) containers(v, `${path}.${k}`, out);
  }
  return out;
}
/** Every string leaf with its parent and key. */
const leaves = (root: unknown) =>
  containers(root).flatMap(({ node }) => Object.entries(node).filter(([, v]) => typeof v === 'string').map(([key]) => ({ node: node as Json, key })));

// One shared database: each case must leave it exactly as the dump taken before the first case.
const db = await installedDb();
const before = await dump(db);

/** Imports the text, expects a refusal with messages and the store unchanged; returns the messages. */
async function refusalMessages(fileText: string): Promise<string[]> {
  const result = await importPack(fileText, { db, bundled, now: NOW, fileName: 'fuzz.json' });
  expect(result.ok, fileText.slice(0, 300)).toBe(false);
  const messages = result.ok ? [] : result.problems.map((p) => p.message);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) expect(message.length).toBeGreaterThan(5);
  expect(await dump(db)).toBe(before);
  expect(({} as Json)['polluted']).toBeUndefined();
  return messages;
}
// Resolves to nothing: fast-check counts a property that returns a value other than true or undefined as failed.
async function expectRefused(fileText: string): Promise<void> {
  await refusalMessages(fileText);
}

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const fuzz = <T,>(arb: fc.Arbitrary<T>, runs: number, seed: number, check: (value: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arb, check), { numRuns: runs, seed });

describe('pack import fuzzing: refused with a message, the store unchanged', () => {
  it(`malformed JSON (${PACK_FUZZ_RUNS.malformedJson} files)`, async () => {
    // Cut from a pack that would be accepted (a newer version), so the broken JSON is the only reason to refuse it.
    const text = JSON.stringify(newer());
    const truncated = fc.nat({ max: text.length - 2 }).map((n) => text.slice(0, n));
    // A splice inside a string value can leave valid JSON, even a valid pack: only the ones that no longer parse.
    const spliced = fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.constantFrom('{', '}', ',', '"', ':', ']', '\\', '\u0000', 'NaN', '//'))
      .map(([i, s]) => text.slice(0, i) + s + text.slice(i))
      .filter((spliceText) => !parses(spliceText));
    let malformed = 0;
    await fuzz(fc.oneof(fc.string(), truncated, spliced), PACK_FUZZ_RUNS.malformedJson, 81, async (fileText) => {
      const messages = await refusalMessages(fileText);
      if (!parses(fileText)) {
        malformed++;
        expect(messages.join('; '), fileText.slice(0, 300)).toMatch(/not valid JSON/);
      }
    });
    // Most cases really are malformed (truncations and splices always; random strings mostly).
    expect(malformed).toBeGreaterThan(PACK_FUZZ_RUNS.malformedJson / 2);
  });

  it(`random JSON values (${PACK_FUZZ_RUNS.randomJson} files)`, async () => {
    await fuzz(fc.jsonValue().map((v) => JSON.stringify(v)), PACK_FUZZ_RUNS.randomJson, 82, expectRefused);
  });

  it(`wrong types anywhere in a good pack (${PACK_FUZZ_RUNS.wrongTypes} files)`, async () => {
    const wrong = fc.constantFrom<unknown>(42, true, { a: 1 }, [1, 2], -1e308);
    await fuzz(fc.tuple(fc.nat(), wrong), PACK_FUZZ_RUNS.wrongTypes, 83, async ([at, value]) => {
      const pack = newer();
      const all = leaves(pack);
      const leaf = all[at % all.length]!;
      leaf.node[leaf.key] = value;
      await expectRefused(JSON.stringify(pack));
    });
  });

  it(`__proto__, constructor and prototype keys anywhere (${PACK_FUZZ_RUNS.hostileKeys} files)`, async () => {
    await fuzz(fc.tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype')), PACK_FUZZ_RUNS.hostileKeys, 84, async ([at, key]) => {
      const pack = newer();
      const objects = containers(pack).filter(({ node }) => !Array.isArray(node));
      const target = objects[at % objects.length]!.node as Json;
      Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      await expectRefused(JSON.stringify(pack));
    });
  });

  it(`oversized strings and arrays (${PACK_FUZZ_RUNS.oversizedStrings} files, and 3 fixed ones)`, async () => {
    await fuzz(fc.tuple(fc.nat(), fc.integer({ min: 100_001, max: 2_000_000 })), PACK_FUZZ_RUNS.oversizedStrings, 85, async ([at, length]) => {
      const pack = newer();
      const all = leaves(pack);
      const leaf = all[at % all.length]!;
      leaf.node[leaf.key] = 'x'.repeat(length);
      await expectRefused(JSON.stringify(pack));
    });
    const many = newer();
    ((many['stories'] as Json[])[0]!['events'] as unknown[]).push(...Array.from({ length: 100_001 }, () => ({})));
    await expectRefused(JSON.stringify(many));
    await expectRefused(`"${'x'.repeat(21 * 1024 * 1024)}"`);
    await expectRefused(`{"pack": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
  });

  it(`duplicate ids (${PACK_FUZZ_RUNS.duplicateIds} files)`, async () => {
    await fuzz(fc.nat(), PACK_FUZZ_RUNS.duplicateIds, 86, async (at) => {
      const pack = newer();
      const lists = containers(pack).filter(({ node }) => Array.isArray(node) && node.some((e) => e && typeof e === 'object' && ('id' in e || 'story' in e)));
      const list = lists[at % lists.length]!.node as unknown[];
      list.push(structuredClone(list[at % list.length]));
      await expectRefused(JSON.stringify(pack));
    });
  });
});

describe('power cut: an import interrupted midway leaves the store as it was', () => {
  // The page closing during the write aborts the transaction; here the browser's own put is wrapped so that
  // at a chosen object store the transaction is aborted right after the write is issued, or the write is
  // refused as a full disk refuses it (QuotaExceededError, thrown before anything is written).
  const cuts = ['packs', 'packData', 'packIndex', 'meta'].flatMap((store) => (['abort', 'fail'] as const).map((how) => ({ store, how })));
  it(`aborting or failing at each write (${cuts.length} imports)`, async () => {
    let cut: { store: string; how: 'abort' | 'fail' } | null = null;
    const restorePut = patchPut((store) => {
      if (!cut || store.name !== cut.store || store.transaction.mode !== 'readwrite') return;
      const { how } = cut;
      cut = null;
      return how;
    });
    try {
      for (const at of cuts) {
        cut = at;
        const result = await importPack(JSON.stringify(newer()), { db, bundled, now: NOW, fileName: 'v2.json' });
        expect(cut, `the import reached the ${at.store} write`).toBeNull();
        expect(result.ok, `${at.how} at ${at.store}`).toBe(false);
        if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(/could not be stored/);
        expect(await dump(db), `${at.how} at ${at.store}`).toBe(before);
      }
    } finally {
      restorePut();
    }
    // And the same import, not cut off, goes through (on a fresh database: the shared one must stay as dumped).
    const whole = await openTilsvarDb({ name: `packs-fuzz-${++dbCount}` });
    expect((await importPack(EXAMPLE_TEXT, { db: whole, bundled, now: NOW })).ok).toBe(true);
    expect((await importPack(JSON.stringify(newer()), { db: whole, bundled, now: NOW })).ok).toBe(true);
    expect((await listPacks({ db: whole })).map((p) => p.version)).toEqual(['2.0.0']);
  });
});
