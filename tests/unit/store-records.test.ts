import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { validatePack } from '../../utils/dataset/pack';
import { compileDatasetDir } from '../../utils/dataset/read-sources';
import { buildArtefact } from '../../utils/match';
import { enabledPackIndices } from '../../utils/store/pack-index';
import { DB_VERSION, MIGRATIONS, openTilsvarDb, type TilsvarDb } from '../../utils/store/db';
import { classifyFailure, openOrFail, StoreFailure } from '../../utils/store/failure';
import { articleRecord, clearHistory, isMatched, listHistory, recordVisit } from '../../utils/store/history';
import { addReport, deleteReport, listReports } from '../../utils/store/reports';
import { addNote, deleteNote, editNote, getReview, listReviews, setReviewStatus } from '../../utils/store/reviews';
import { patchPut, VILLA_CONTEXT, VILLA_SNAPSHOT } from './store-fixture';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
let count = 0;
const fresh = () => `records-test-${++count}`;
const open: TilsvarDb[] = [];
const db = async (name = fresh()) => {
  const opened = await openTilsvarDb({ name });
  open.push(opened);
  return opened;
};
afterEach(() => {
  open.splice(0).forEach((d) => d.close());
  restorePut();
});

const article = articleRecord(VILLA_SNAPSHOT, VILLA_CONTEXT);
const at = (iso: string) => ({ now: new Date(iso) });

/** Makes the `failOn`-th put of any object store throw, the way a full disk fails a write. */
let restorePut = () => undefined as void;
function failPut(failOn: number, name = 'QuotaExceededError') {
  restorePut = patchPut((_store, call) => (call === failOn ? 'fail' : undefined), () => new DOMException('simulated failure', name));
}

describe('migrations', () => {
  it('1 → 3 keeps every pack written by version 1 and adds history, reviews, reports and pack indices', async () => {
    const name = fresh();
    const v1 = await openTilsvarDb({ name, migrations: MIGRATIONS.slice(0, 1) });
    expect(v1.version).toBe(1);
    const raw = v1 as unknown as { put(store: string, value: unknown, key?: string): Promise<unknown> };
    await raw.put('meta', 3, 'packs-revision');
    await raw.put('packs', { id: 'p', title: 'Pakke æøå', version: '1.0.0', enabled: false });
    await raw.put('packData', { id: 'p', dataset: { stories: [{ id: 's' }] } });
    v1.close();

    const v2 = await db(name);
    expect(v2.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(3);
    expect([...v2.objectStoreNames].sort()).toEqual(['history', 'meta', 'packData', 'packIndex', 'packs', 'reports', 'reviews']);
    expect(await v2.get('meta', 'packs-revision')).toBe(3);
    expect(await v2.get('packs', 'p')).toEqual({ id: 'p', title: 'Pakke æøå', version: '1.0.0', enabled: false });
    expect(await v2.get('packData', 'p')).toEqual({ id: 'p', dataset: { stories: [{ id: 's' }] } });
    // The new stores work at once.
    await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: v2 });
    expect((await listHistory({ db: v2 })).map((h) => h.url)).toEqual([article.url]);
  });

  it('2 → 3 keeps history, reviews, reports and packs written by version 2, and builds the missing pack index on first use', async () => {
    const name = fresh();
    const v2 = await openTilsvarDb({ name, migrations: MIGRATIONS.slice(0, 2) });
    expect(v2.version).toBe(2);
    await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: v2, ...at('2026-01-02T10:00:00Z') });
    await setReviewStatus(article, 'disputed', { db: v2 });
    await addNote(article, 'Notat skrevet i versjon 2 – æøå', { db: v2 });
    await addReport({ pageUrl: article.url, itemId: 'villa-svarer-atea', kind: 'response', comment: 'feil vedtak?' }, { db: v2 });
    const validation = validatePack(readFileSync(repo('packs/trondheim-kommune-smittevern.json'), 'utf8'), {
      installed: () => [{ label: 'the bundled dataset', dataset: compileDatasetDir(repo('data'), repo('')).dataset! }],
      today: '2026-11-29',
    });
    if (!validation.ok) throw new Error('the example pack must be valid');
    const raw = v2 as unknown as { put(store: string, value: unknown, key?: string): Promise<unknown> };
    const header = { ...validation.header, enabled: true, importedAt: '2026-01-02T10:00:00.000Z', fileName: 'p.json', counts: validation.counts, warnings: [] };
    await raw.put('packs', header);
    await raw.put('packData', { id: header.id, dataset: validation.dataset });
    const written = { history: await listHistory({ db: v2 }), reviews: await listReviews({ db: v2 }), reports: await listReports({ db: v2 }) };
    v2.close();

    const v3 = await db(name);
    expect(v3.version).toBe(3);
    expect({ history: await listHistory({ db: v3 }), reviews: await listReviews({ db: v3 }), reports: await listReports({ db: v3 }) }).toEqual(written);
    expect(written.reviews[0]!.notes.map((n) => n.text)).toEqual(['Notat skrevet i versjon 2 – æøå']);
    expect(await v3.get('packs', header.id)).toEqual(header);
    expect(await v3.getAll('packIndex')).toEqual([]);
    const [bytes] = await enabledPackIndices({ db: v3 });
    expect(bytes).toEqual(buildArtefact(validation.dataset));
    expect(await v3.get('packIndex', header.id)).toMatchObject({ id: header.id, importedAt: header.importedAt });
  });
});

describe('history', () => {
  it('records matched articles only, with first and last seen, stories, responses and timeline', async () => {
    const d = await db();
    expect(isMatched(VILLA_CONTEXT)).toBe(true);
    expect(isMatched({ ...VILLA_CONTEXT, match: { ...VILLA_CONTEXT.match, layer: 'topical' } })).toBe(false);
    expect(isMatched({ ...VILLA_CONTEXT, stories: [], responses: [] })).toBe(false);

    await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: d, ...at('2025-03-01T10:00:00.000Z') });
    await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: d, ...at('2025-03-04T08:30:00.000Z') });
    const [entry, ...rest] = await listHistory({ db: d });
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      url: VILLA_SNAPSHOT.canonicalUrl,
      headline: 'IT som kommunalt verktøy under en pandemi',
      outlet: 'Adresseavisen',
      published: '2021-01-22',
      articleId: 'art-1',
      stories: [{ id: 'story-ikt', title: 'Teststory om IKT' }],
      firstSeen: '2025-03-01T10:00:00.000Z',
      lastSeen: '2025-03-04T08:30:00.000Z',
      responses: [{ id: 'resp-1', organisationName: 'Eksempel kommune', url: 'https://example.org/svar' }],
      timeline: [{ id: 'ev-1', date: '2021-01-22', title: 'Testhendelse' }],
    });
  });

  it('clearing history removes visits but keeps reviews, notes and reports', async () => {
    const d = await db();
    await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: d });
    await setReviewStatus(article, 'accurate', { db: d });
    await addReport({ pageUrl: article.url, itemId: 'resp-1', kind: 'response' }, { db: d });
    expect(await clearHistory({ db: d })).toBe(1);
    expect(await listHistory({ db: d })).toEqual([]);
    expect((await getReview(article.url, { db: d }))?.status).toBe('accurate');
    expect(await listReports({ db: d })).toHaveLength(1);
  });
});

describe('reviews and notes', () => {
  it('sets a status and keeps notes with their times; edits and deletions change only that note', async () => {
    const d = await db();
    expect(await getReview(article.url, { db: d })).toBeNull();
    await setReviewStatus(article, 'needs-response', { db: d, ...at('2025-03-01T10:00:00.000Z') });
    const first = await addNote(article, '  Ring kommunikasjonsavdelinga  ', { db: d, ...at('2025-03-01T10:05:00.000Z') });
    await addNote(article, 'Svar sendt til Adressa', { db: d, ...at('2025-03-02T09:00:00.000Z') });
    const noteId = first.notes[0]!.id;
    await editNote(article, noteId, 'Ring kommunikasjonsavdelinga i dag', { db: d, ...at('2025-03-03T09:00:00.000Z') });
    let review = (await getReview(article.url, { db: d }))!;
    expect(review.status).toBe('needs-response');
    expect(review.statusAt).toBe('2025-03-01T10:00:00.000Z');
    expect(review.notes.map((n) => [n.text, n.createdAt, n.updatedAt])).toEqual([
      ['Ring kommunikasjonsavdelinga i dag', '2025-03-01T10:05:00.000Z', '2025-03-03T09:00:00.000Z'],
      ['Svar sendt til Adressa', '2025-03-02T09:00:00.000Z', '2025-03-02T09:00:00.000Z'],
    ]);
    await deleteNote(article, noteId, { db: d });
    review = (await getReview(article.url, { db: d }))!;
    expect(review.notes.map((n) => n.text)).toEqual(['Svar sendt til Adressa']);
    expect(await listReviews({ db: d })).toHaveLength(1);
  });

  it('refuses an empty or overlong note, and an unknown status, storing nothing', async () => {
    const d = await db();
    await expect(addNote(article, '   ', { db: d })).rejects.toThrow(/empty note/);
    await expect(addNote(article, 'x'.repeat(20_001), { db: d })).rejects.toThrow(/at most/);
    await expect(setReviewStatus(article, 'great' as never, { db: d })).rejects.toThrow(/unknown review status/);
    expect(await listReviews({ db: d })).toEqual([]);
  });
});

describe('wrong-link reports', () => {
  it('keeps page, item, kind and comment; the same item again replaces its report', async () => {
    const d = await db();
    await addReport({ pageUrl: article.url, itemId: 'resp-1', kind: 'response', comment: 'Feil sak' }, { db: d, ...at('2025-03-01T10:00:00.000Z') });
    await addReport({ pageUrl: article.url, itemId: 'resp-1', kind: 'response', comment: 'Feil sak, gjelder 2020' }, { db: d, ...at('2025-03-02T10:00:00.000Z') });
    await addReport({ pageUrl: article.url, itemId: 'ev-1', kind: 'event' }, { db: d, ...at('2025-03-03T10:00:00.000Z') });
    const reports = await listReports({ db: d });
    expect(reports.map((r) => [r.itemId, r.kind, r.comment])).toEqual([
      ['ev-1', 'event', ''],
      ['resp-1', 'response', 'Feil sak, gjelder 2020'],
    ]);
    expect(await deleteReport(reports[0]!.id, { db: d })).toBe(true);
    expect(await listReports({ db: d })).toHaveLength(1);
  });
});

// Rolling back a write that had begun is tested where an operation writes more than once (export.test.ts,
// packs.test.ts); a note and a visit are one put each, so these check how a refused write is reported.
describe('failures say why', () => {
  it('a full disk refuses a note as "quota", and the review keeps its status', async () => {
    const d = await db();
    await setReviewStatus(article, 'accurate', { db: d });
    failPut(1);
    const error = await addNote(article, 'Ny merknad', { db: d }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFailure);
    expect((error as StoreFailure).reason).toBe('quota');
    restorePut();
    const review = (await getReview(article.url, { db: d }))!;
    expect(review.status).toBe('accurate');
    expect(review.notes).toEqual([]);
  });

  it('an unknown error writing a visit is reported as "corrupt", and no history is stored', async () => {
    const d = await db();
    failPut(1, 'UnknownError');
    const error = (await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: d }).catch((e: unknown) => e)) as StoreFailure;
    expect(error.reason).toBe('corrupt');
    restorePut();
    expect(await listHistory({ db: d })).toEqual([]);
  });

  it('an upgrade blocked by a page holding the old version open is reported as "blocked"', async () => {
    const name = fresh();
    // An old page's connection that does not step aside (no versionchange handler).
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => MIGRATIONS[0]!(request.result as never, request.transaction as never);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const pending = openTilsvarDb({ name });
    const error = (await openOrFail(() => pending, 50).catch((e: unknown) => e)) as StoreFailure;
    expect(error.reason).toBe('blocked');
    old.close();
    (await pending).close();
  });

  it('a database written by a newer version and a corrupt record read have their own reasons', async () => {
    // The real error: a later version of the extension added a migration, then this version opens the database.
    const name = fresh();
    (await openTilsvarDb({ name, migrations: [...MIGRATIONS, () => undefined] })).close();
    const refusal = await openTilsvarDb({ name }).then(
      (opened) => (opened.close(), null),
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toMatch(/written by a newer version of Tilsvar/);
    expect(classifyFailure(refusal).reason).toBe('newer');
    // And through the path the pages take to open it.
    const failure = await openOrFail(() => openTilsvarDb({ name })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreFailure);
    expect((failure as StoreFailure).reason).toBe('newer');
    expect(classifyFailure(new DOMException('bad key', 'DataError')).reason).toBe('corrupt');
    expect(classifyFailure(new DOMException('x', 'AbortError')).reason).toBe('failed');
  });
});
