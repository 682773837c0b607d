import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../utils/dataset/compile';
import { mergeDatasets } from '../../utils/dataset/merge';
import { compareVersions, MAX_PACK_BYTES, MAX_PACK_ENTRIES, validatePack } from '../../utils/dataset/pack';
import { compileDatasetDir } from '../../utils/dataset/read-sources';
import type { Dataset } from '../../utils/dataset/types';
import { buildArtefact, loadIndex, matchSnapshot } from '../../utils/match';
import { openTilsvarDb, PACK_INDEX_FORMAT, type TilsvarDb } from '../../utils/store/db';
import { enabledPackIndices } from '../../utils/store/pack-index';
import { enabledPackDatasets, importPack, importPackFile, listPacks, packsRevision, removePack, setPackEnabled } from '../../utils/store/packs';
import { patchPut } from './store-fixture';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bundled: Dataset = compileDatasetDir(`${repo}data`, repo).dataset!;
const EXAMPLE_TEXT = readFileSync(`${repo}packs/trondheim-kommune-smittevern.json`, 'utf8');
const SMITTEDETEKTIVENE = 'https://www.adressa.no/pluss/nyheter/2020/03/31/Smittedetektivene-21490959.ece';
const NOW = new Date('2026-11-29T12:00:00Z');

type PackJson = {
  pack: Record<string, unknown>;
  outlets: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  stories: { story: Record<string, unknown>; articles?: Record<string, unknown>[]; responses?: Record<string, unknown>[]; events?: Record<string, unknown>[] }[];
};
const example = (): PackJson => JSON.parse(EXAMPLE_TEXT);
const text = (pack: unknown) => JSON.stringify(pack);
const withVersion = (version: string, change?: (p: PackJson) => void) => {
  const pack = example();
  pack.pack.version = version;
  change?.(pack);
  return text(pack);
};

let dbCount = 0;
let db: TilsvarDb;
beforeEach(async () => {
  db = await openTilsvarDb({ name: `packs-test-${++dbCount}` });
});
const options = (fileName = 'pack.json') => ({ db, bundled, fileName, now: NOW });

/** Every record of every store, to prove a refused import changed nothing. */
async function everything() {
  return {
    packs: await db.getAll('packs'),
    packData: await db.getAll('packData'),
    meta: await db.getAll('meta'),
    metaKeys: await db.getAllKeys('meta'),
  };
}

async function refusedWithoutChange(fileText: string, fileName = 'pack.json') {
  const before = await everything();
  const result = await importPack(fileText, options(fileName));
  expect(await everything()).toEqual(before);
  if (result.ok) throw new Error('the pack was accepted');
  return result.problems.map(formatProblem);
}

describe('the example pack', () => {
  it('validates against the bundled dataset, which it refers to but does not repeat', () => {
    const result = validatePack(EXAMPLE_TEXT, { installed: [{ label: 'the bundled dataset', dataset: bundled }], today: '2026-11-29' });
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.header).toMatchObject({ id: 'trondheim-kommune-smittevern', version: '1.0.0', licence: 'CC BY 4.0' });
    expect(result.counts).toMatchObject({ story: 2, article: 1, event: 6, actor: 1 });
    expect(result.dataset.articles.map((a) => [a.url, a.outlet, a.pack])).toEqual([[SMITTEDETEKTIVENE, 'adresseavisen', 'trondheim-kommune-smittevern']]);
  });

  it('is imported, listed, enabled, and then matching sees its article next to the bundled ones', async () => {
    const result = await importPack(EXAMPLE_TEXT, options('trondheim-kommune-smittevern.json'));
    expect(result).toMatchObject({ ok: true, replacedVersion: null, warnings: [] });
    expect(await listPacks({ db })).toEqual([
      expect.objectContaining({
        id: 'trondheim-kommune-smittevern',
        title: 'Trondheim kommune: smittesporing, koronaregler og vaksinasjon',
        version: '1.0.0',
        enabled: true,
        fileName: 'trondheim-kommune-smittevern.json',
        warningCount: 0,
        counts: expect.objectContaining({ story: 2, event: 6 }),
      }),
    ]);
    const { dataset, skipped } = mergeDatasets(bundled, await enabledPackDatasets({ db }));
    expect(skipped).toEqual([]);
    const article = dataset.articles.find((a) => a.url === SMITTEDETEKTIVENE)!;
    expect(article.story).toBe('smittesporing-i-trondheim');
    expect(dataset.events.filter((e) => e.story === article.story && e.article === article.id)).toHaveLength(1);
    expect(dataset.articles.length).toBe(bundled.articles.length + 1);
  });
});

describe('a refused pack leaves the store exactly as it was', () => {
  beforeEach(async () => {
    expect((await importPack(EXAMPLE_TEXT, options())).ok).toBe(true);
  });

  it('malformed JSON', async () => {
    const problems = await refusedWithoutChange(EXAMPLE_TEXT.slice(0, -20));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^pack\.json \$: error: not valid JSON: /);
  });

  it('the wrong schema: a bad version, a missing licence, a field of the wrong type', async () => {
    const problems = await refusedWithoutChange(
      withVersion('v2', (p) => {
        delete p.pack.licence;
        p.stories[1]!.events![0]!.actors = 'trondheim-kommune';
      }),
    );
    expect(problems).toEqual([
      'pack.json $.pack.version: error: a version is numbers joined by dots, like "1", "1.2" or "2024.3.1"',
      'pack.json $.pack.licence: error: Invalid input: expected string, received undefined',
    ]);
    const second = await refusedWithoutChange(withVersion('2', (p) => (p.stories[1]!.events![0]!.actors = 'trondheim-kommune' as never)));
    expect(second).toEqual(['pack.json $.stories[1].events[0].actors: error: Invalid input: expected array, received string']);
  });

  it('duplicate ids', async () => {
    const problems = await refusedWithoutChange(withVersion('2', (p) => (p.stories[1]!.events![1]!.id = 'lokal-forskrift-forlenget-til-19-mai-2021')));
    expect(problems).toEqual([
      'pack.json $.stories[1].events[1].id: error: duplicate id "lokal-forskrift-forlenget-til-19-mai-2021", already used at pack.json $.stories[1].events[0]',
    ]);
  });

  it('bidi embedding, override or isolate controls in a text, which would reverse the words around it', async () => {
    const problems = await refusedWithoutChange(
      withVersion('2', (p) => {
        p.stories[1]!.events![0]!.title = 'Kommunen \u202esvarer';
        p.pack.title = `${String(p.pack.title)} \u2066x`;
      }),
    );
    const rule = 'must not contain bidi embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069): they would reverse the text around it';
    expect(problems).toEqual([`pack.json $.pack.title: error: ${rule}`]);
    const inEntry = await refusedWithoutChange(withVersion('2', (p) => (p.stories[1]!.events![0]!.title = 'Kommunen \u202esvarer')));
    expect(inEntry).toEqual([`pack.json $.stories[1].events[0].title: error: ${rule}`]);
    // Direction marks are letters of a kind, not controls that reach beyond the text: allowed.
    expect((await importPack(withVersion('2', (p) => (p.stories[1]!.events![0]!.title = 'Kommunen \u200fsvarer')), options())).ok).toBe(true);
  });

  it('a reference to a missing entry', async () => {
    const problems = await refusedWithoutChange(withVersion('2', (p) => (p.stories[0]!.events![1]!.actors = ['trondheim-kommune-it'])));
    expect(problems).toContain('pack.json $.stories[0].events[1].actors[0]: error: refers to actor "trondheim-kommune-it", which does not exist');
  });

  it('an id of the bundled dataset: a pack cannot override it', async () => {
    const problems = await refusedWithoutChange(withVersion('2', (p) => (p.stories[1]!.story.id = 'korona-i-trondheim')));
    expect(problems).toEqual([
      'pack.json $.stories[1].story.id: error: "korona-i-trondheim" is already an entry (story) of the bundled dataset; a pack cannot override it — choose another id',
    ]);
  });

  it('the URL of a bundled article, or the domain of a bundled outlet', async () => {
    const villa = bundled.articles.find((a) => a.id === 'adressa-2021-01-22-it-som-kommunalt-verktoy')!;
    const problems = await refusedWithoutChange(
      withVersion('2', (p) => {
        p.stories[0]!.articles![0]!.url = villa.url;
        p.stories[0]!.articles![0]!.outletArticleId = '23364628';
        p.outlets.push({ id: 'adressa-kopi', name: 'Adressa', domains: ['adressa.no'], language: 'nb', sources: p.actors[0]!.sources });
        p.stories[0]!.articles!.push({ ...p.stories[0]!.articles![0]!, id: 'kopi', outlet: 'adressa-kopi', url: SMITTEDETEKTIVENE.replace('21490959', '21490958'), outletArticleId: '21490958' });
      }),
    );
    expect(problems).toEqual([
      `pack.json $.stories[0].articles[0].url: error: URL already belongs to article "${villa.id}" of the bundled dataset`,
      'pack.json $.outlets[0].domains[0]: error: domain adressa.no already belongs to outlet "adresseavisen" of the bundled dataset',
    ]);
  });

  it('an oversized file, refused before it is parsed — and before it is read, from the file picker', async () => {
    const padding = ' '.repeat(MAX_PACK_BYTES + 1 - EXAMPLE_TEXT.length);
    expect(await refusedWithoutChange(EXAMPLE_TEXT + padding)).toEqual(['pack.json $: error: the pack is 20.0 MB; packs over 20 MB are refused']);
    const huge = { size: 50 * 1024 * 1024, name: 'stor.json', text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    const result = await importPackFile(huge, { db, bundled, now: NOW });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ file: 'stor.json', message: 'the pack is 50.0 MB; packs over 20 MB are refused' })] });
  });

  it('more than 100,000 entries', async () => {
    const events = Array.from({ length: MAX_PACK_ENTRIES }, (_, i) => ({ id: `e${i}` }));
    const problems = await refusedWithoutChange(withVersion('2', (p) => (p.stories[1]!.events = events)));
    expect(problems).toEqual(['pack.json $: error: the pack has 100,006 entries; packs with more than 100,000 entries are refused']);
  });

  it('the same version again, or an older one', async () => {
    expect(await refusedWithoutChange(EXAMPLE_TEXT)).toEqual([
      'pack.json $: error: pack "trondheim-kommune-smittevern" version 1.0.0 is already installed; only a newer version replaces it',
    ]);
    expect(await refusedWithoutChange(withVersion('0.9'))).toEqual([
      'pack.json $: error: pack "trondheim-kommune-smittevern" version 0.9 is older than the installed version 1.0.0; it was not imported',
    ]);
  });

  it('a write that fails halfway is rolled back: the pack record and its entries are one transaction', async () => {
    const restorePut = patchPut((store) => (store.name === 'packData' ? 'fail' : undefined), () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    try {
      expect(await refusedWithoutChange(withVersion('2'))).toEqual(['pack.json $: error: the pack could not be stored: The quota has been exceeded.']);
    } finally {
      restorePut();
    }
  });

  it('a broken newer version keeps the older version installed', async () => {
    await refusedWithoutChange(withVersion('2.0.0', (p) => (p.stories[0]!.articles![0]!.published = '2020-13')));
    expect((await listPacks({ db })).map((p) => p.version)).toEqual(['1.0.0']);
  });
});

describe('hostile input is refused with a clear message', () => {
  it.each([
    ['a __proto__ key', `{"__proto__": {"polluted": true}, ${EXAMPLE_TEXT.trim().slice(1)}`, 'pack.json $.__proto__: error: the key "__proto__" is not allowed in a pack'],
    [
      'a constructor key inside an entry',
      withVersion('2', (p) => (p.stories[0]!.story.constructor = { prototype: {} } as never)),
      'pack.json $.stories[0].story.constructor: error: the key "constructor" is not allowed in a pack',
    ],
    ['wrong types at the top', '{"pack": 1, "stories": "all of them"}', 'pack.json $.pack: error: Invalid input: expected object, received number'],
    ['not an object', '[1, 2, 3]', 'pack.json $: error: Invalid input: expected object, received array'],
    [
      'a huge string',
      withVersion('2', (p) => (p.stories[0]!.story.summary = 'x'.repeat(5_000_000))),
      'pack.json $.stories[0].story.summary: error: a text of 5,000,000 characters; no field allows more than 100,000',
    ],
    [
      'a long but allowed-size string in a short field',
      withVersion('2', (p) => (p.stories[0]!.story.title = 'x'.repeat(5000))),
      'pack.json $.stories[0].story.title: error: at most 300 characters',
    ],
    ['deep nesting', `{"pack": ${'['.repeat(5000)}${']'.repeat(5000)}}`, 'pack.json $.pack[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: error: nested more than 16 levels deep; the pack format is never that deep'],
  ])('%s', async (_name, fileText, expected) => {
    const db2 = await openTilsvarDb({ name: `hostile-${++dbCount}` });
    const result = await importPack(fileText, { db: db2, bundled, now: NOW, fileName: 'pack.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(formatProblem)).toContain(expected);
    expect(await db2.getAll('packs')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a text that is not a string at all', async () => {
    expect(await importPack(42 as unknown as string, options())).toMatchObject({ ok: false, problems: [{ message: 'a pack is a JSON text file' }] });
  });
});

describe('updating, switching off and removing packs', () => {
  it('a newer version replaces the older one and keeps it switched off if it was', async () => {
    await importPack(EXAMPLE_TEXT, options());
    await setPackEnabled('trondheim-kommune-smittevern', false, { db });
    const update = withVersion('1.1', (p) => p.stories[1]!.events!.pop());
    const result = await importPack(update, options('v1.1.json'));
    expect(result).toMatchObject({ ok: true, replacedVersion: '1.0.0', pack: { version: '1.1', enabled: false, fileName: 'v1.1.json' } });
    expect((await listPacks({ db })).map((p) => [p.id, p.version, p.counts.event])).toEqual([['trondheim-kommune-smittevern', '1.1', 5]]);
    expect(await enabledPackDatasets({ db })).toEqual([]);
    await setPackEnabled('trondheim-kommune-smittevern', true, { db });
    expect((await enabledPackDatasets({ db }))[0]!.events).toHaveLength(5);
  });

  it('a disabled pack is left out of matching; a removed one is gone with its entries', async () => {
    await importPack(EXAMPLE_TEXT, options());
    const start = await packsRevision({ db });
    expect(await setPackEnabled('trondheim-kommune-smittevern', false, { db })).toMatchObject({ enabled: false });
    expect(await enabledPackDatasets({ db })).toEqual([]);
    expect(await packsRevision({ db })).toBe(start + 1);
    expect(await removePack('trondheim-kommune-smittevern', { db })).toBe(true);
    expect(await listPacks({ db })).toEqual([]);
    expect(await db.getAll('packData')).toEqual([]);
    expect(await db.getAll('packIndex')).toEqual([]);
    expect(await packsRevision({ db })).toBe(start + 2);
    expect(await removePack('trondheim-kommune-smittevern', { db })).toBe(false);
    expect(await setPackEnabled('nope', true, { db })).toBeNull();
  });

  it('two packs may not share an id', async () => {
    await importPack(EXAMPLE_TEXT, options());
    const other = example();
    other.pack.id = 'annen-pakke';
    other.stories = [other.stories[0]!];
    other.actors = [];
    const result = await importPack(text(other), options());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map(formatProblem)).toContain(
        'pack.json $.stories[0].story.id: error: "smittesporing-i-trondheim" is already an entry (story) of pack "trondheim-kommune-smittevern"; a pack cannot override it — choose another id',
      );
    }
  });
});

describe('matching uses the bundled dataset plus enabled packs, bundled first', () => {
  it('a pack entry that an updated extension now also ships is left out, not allowed to override', () => {
    const result = validatePack(EXAMPLE_TEXT, { installed: [{ label: 'the bundled dataset', dataset: bundled }], today: '2026-11-29' });
    if (!result.ok) throw new Error('example pack refused');
    const newerBundled: Dataset = { ...bundled, events: [...bundled.events, { ...result.dataset.events[0]!, pack: undefined, story: 'korona-i-trondheim' }] };
    const { dataset, skipped } = mergeDatasets(newerBundled, [result.dataset]);
    expect(skipped).toEqual(['trondheim-kommune-smittevern:adresseavisen-om-smittedetektivene']);
    expect(dataset.events.filter((e) => e.id === 'adresseavisen-om-smittedetektivene').map((e) => e.story)).toEqual(['korona-i-trondheim']);
  });
});

describe('pack versions', () => {
  it('compare as numbers, part by part', () => {
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('1', '1.0.0')).toBe(0);
    expect(compareVersions('2024.3', '2024.12')).toBe(-1);
  });
});

describe("a pack's match index", () => {
  const PACK_ID = 'trondheim-kommune-smittevern';
  const smittedetektivene = async (bytes: Uint8Array) =>
    matchSnapshot(loadIndex(bytes), {
      pageUrl: SMITTEDETEKTIVENE, siteId: 'adressa', isArticle: true, canonicalUrl: SMITTEDETEKTIVENE, outletArticleId: '21490959',
      headline: 'Smittedetektivene', byline: [], published: '2020-03-31', modified: null, siteName: 'Adresseavisen',
      section: 'nyheter', isOpinion: false, paywalled: true, language: 'nb', description: null,
    });

  it('is built at import, stored with the entries, and opened as stored: the pack\'s article matches by URL', async () => {
    await importPack(EXAMPLE_TEXT, options());
    const [stored] = await db.getAll('packIndex');
    expect(stored).toMatchObject({ id: PACK_ID, format: PACK_INDEX_FORMAT });
    const [dataset] = await enabledPackDatasets({ db });
    expect(stored!.bytes).toEqual(buildArtefact(dataset!));
    const indices = await enabledPackIndices({ db });
    expect(indices).toHaveLength(1);
    const context = await smittedetektivene(indices[0]!);
    expect(context.article).toMatchObject({ id: 'adressa-2020-03-31-smittedetektivene', matchedBy: 'same-url' });
    expect(context.stories.map((story) => story.id)).toEqual(['smittesporing-i-trondheim']);
  });

  it('is left out while the pack is switched off', async () => {
    await importPack(EXAMPLE_TEXT, options());
    await setPackEnabled(PACK_ID, false, { db });
    expect(await enabledPackIndices({ db })).toEqual([]);
  });

  it('is rebuilt and stored again when missing (a pack imported before indices were kept) or of another format', async () => {
    await importPack(EXAMPLE_TEXT, options());
    const good = (await db.get('packIndex', PACK_ID))!;
    await db.delete('packIndex', PACK_ID);
    expect(await enabledPackIndices({ db })).toEqual([good.bytes]);
    expect(await db.get('packIndex', PACK_ID)).toEqual(good);
    await db.put('packIndex', { ...good, format: PACK_INDEX_FORMAT - 1, bytes: new Uint8Array([1, 2, 3]) });
    expect(await enabledPackIndices({ db })).toEqual([good.bytes]);
    expect(await db.get('packIndex', PACK_ID)).toEqual(good);
  });

  it('still serves matching when the rebuilt index cannot be stored (a full disk), and changes nothing else', async () => {
    await importPack(EXAMPLE_TEXT, options());
    const good = (await db.get('packIndex', PACK_ID))!;
    await db.delete('packIndex', PACK_ID);
    const restorePut = patchPut(() => 'fail');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await enabledPackIndices({ db })).toEqual([good.bytes]);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not be stored/);
    } finally {
      restorePut();
      warn.mockRestore();
    }
    expect(await db.get('packIndex', PACK_ID)).toBeUndefined();
    expect((await listPacks({ db })).map((p) => p.id)).toEqual([PACK_ID]);
  });
});
