import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openTilsvarDb, type TilsvarDb } from '../../utils/store/db';
import {
  coverageArticles,
  coverageCsv,
  csvCell,
  exportJson,
  exportRecords,
  importRecords,
  MAX_IMPORT_ROWS,
  reportsCsv,
} from '../../utils/store/export';
import { StoreFailure } from '../../utils/store/failure';
import { articleRecord, listHistory, recordVisit } from '../../utils/store/history';
import { addReport, listReports } from '../../utils/store/reports';
import { addNote, getReview, listReviews, setReviewStatus } from '../../utils/store/reviews';
import { patchPut, VILLA_CONTEXT, VILLA_SNAPSHOT } from './store-fixture';

let count = 0;
const open: TilsvarDb[] = [];
const db = async () => {
  const opened = await openTilsvarDb({ name: `export-test-${++count}` });
  open.push(opened);
  return opened;
};
let restorePut = () => undefined as void;
afterEach(() => {
  open.splice(0).forEach((d) => d.close());
  restorePut();
});

const article = articleRecord(VILLA_SNAPSHOT, VILLA_CONTEXT);
const at = (iso: string) => ({ now: new Date(iso) });

async function filled() {
  const d = await db();
  await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: d, ...at('2025-03-01T10:00:00.000Z') });
  await setReviewStatus(article, 'needs-response', { db: d, ...at('2025-03-01T10:01:00.000Z') });
  await addNote(article, 'Må svare før fredag, «Kårøy»: "=SUM(A1)"', { db: d, ...at('2025-03-01T10:02:00.000Z') });
  await addReport({ pageUrl: article.url, itemId: 'resp-1', kind: 'response', comment: 'Feil sak' }, { db: d, ...at('2025-03-01T10:03:00.000Z') });
  return d;
}

async function snapshotOf(d: TilsvarDb) {
  return { history: await listHistory({ db: d }), reviews: await listReviews({ db: d }), reports: await listReports({ db: d }) };
}

describe('CSV for spreadsheets', () => {
  it('is UTF-8 with a byte-order mark and CRLF, every cell quoted, æøå kept', async () => {
    const d = await filled();
    const records = await exportRecords({ db: d });
    const csv = coverageCsv(coverageArticles(records.history, records.reviews));
    expect(csv.startsWith('\uFEFF"stories","headline"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3); // header, one row, the final empty string after the last CRLF
    expect(lines[2]).toBe('');
    expect(lines[1]).toContain('"IT som kommunalt verktøy under en pandemi"');
    expect(lines[1]).toContain('"needs-response"');
    // Quotes are doubled inside a quoted cell.
    expect(lines[1]).toContain('«Kårøy»: ""=SUM(A1)""');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('never lets a cell run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+47 99')).toBe('"\'+47 99"');
    expect(csvCell('-1')).toBe('"\'-1"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('a, b\r\nc')).toBe('"a, b\r\nc"');
    expect(csvCell(null)).toBe('""');
  });

  it('lists reports with page, kind, item and comment', async () => {
    const d = await filled();
    const csv = reportsCsv(await listReports({ db: d }));
    expect(csv.split('\r\n')[1]).toBe(`"2025-03-01T10:03:00.000Z","${article.url}","response","resp-1","Feil sak"`);
  });
});

describe('JSON export and import', () => {
  it('round-trips into an empty profile with the same rows', async () => {
    const source = await filled();
    const text = exportJson(await exportRecords({ db: source }));
    const target = await db();
    const result = await importRecords(text, { db: target });
    expect(result).toEqual({
      ok: true,
      history: { added: 1, merged: 0, unchanged: 0 },
      reviews: { added: 1, merged: 0, unchanged: 0 },
      reports: { added: 1, merged: 0, unchanged: 0 },
    });
    expect(await snapshotOf(target)).toEqual(await snapshotOf(source));
  });

  it('importing the same file again adds no duplicates', async () => {
    const d = await filled();
    const before = await snapshotOf(d);
    const result = await importRecords(exportJson(await exportRecords({ db: d })), { db: d });
    expect(result).toMatchObject({ ok: true, history: { unchanged: 1 }, reviews: { unchanged: 1 }, reports: { unchanged: 1 } });
    expect(await snapshotOf(d)).toEqual(before);
  });

  it('merges two devices: notes from both, the later status, the earliest first-seen and the latest last-seen', async () => {
    const a = await filled();
    const b = await db();
    await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: b, ...at('2025-02-20T09:00:00.000Z') });
    await recordVisit(VILLA_SNAPSHOT, VILLA_CONTEXT, { db: b, ...at('2025-03-05T09:00:00.000Z') });
    await setReviewStatus(article, 'responded', { db: b, ...at('2025-03-05T09:01:00.000Z') });
    await addNote(article, 'Svar publisert', { db: b, ...at('2025-03-05T09:02:00.000Z') });
    const result = await importRecords(exportJson(await exportRecords({ db: b })), { db: a });
    expect(result).toMatchObject({ ok: true, history: { merged: 1 }, reviews: { merged: 1 } });
    const [entry] = await listHistory({ db: a });
    expect([entry!.firstSeen, entry!.lastSeen]).toEqual(['2025-02-20T09:00:00.000Z', '2025-03-05T09:00:00.000Z']);
    const review = (await getReview(article.url, { db: a }))!;
    expect(review.status).toBe('responded');
    expect(review.notes.map((n) => n.text)).toEqual(['Må svare før fredag, «Kårøy»: "=SUM(A1)"', 'Svar publisert']);
  });
});

describe('a malformed or hostile import is refused and changes nothing', () => {
  const valid = async () => JSON.parse(exportJson(await exportRecords({ db: await filled() }))) as Record<string, any>;
  const refusedWithNothingChanged = async (text: string, pattern: RegExp) => {
    const d = await filled();
    const before = await snapshotOf(d);
    const result = await importRecords(text, { db: d });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(pattern);
    expect(await snapshotOf(d)).toEqual(before);
  };

  it('not JSON', () => refusedWithNothingChanged('{"format": "tilsvar-records", "history": [', /not valid JSON/));
  it('another file', () => refusedWithNothingChanged('{"stories": []}', /not a Tilsvar export/));
  it('wrong types', async () => {
    const file = await valid();
    file.history[0].lastSeen = 12;
    file.reviews[0].status = 'excellent';
    file.reviews[0].notes[0].text = { $gt: '' };
    await refusedWithNothingChanged(JSON.stringify(file), /history\[0\]\.lastSeen must be an ISO date-time[\s\S]*status must be one of[\s\S]*text must be text/);
  });
  it('__proto__ and other unknown fields', async () => {
    const file = await valid();
    const text = JSON.stringify(file).replace('"reviews":[{', '"reviews":[{"__proto__":{"polluted":true},');
    await refusedWithNothingChanged(text, /\$\.reviews\[0\]\.__proto__ is not a known field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('a huge string', async () => {
    const file = await valid();
    file.reviews[0].notes[0].text = 'æ'.repeat(1_000_000);
    await refusedWithNothingChanged(JSON.stringify(file), /text is 1000000 characters long; at most 20000/);
  });
  it('a million rows', async () => {
    const file = await valid();
    const text = JSON.stringify(file).replace('"reports":[', `"reports":[${'0,'.repeat(1_000_000)}`);
    await refusedWithNothingChanged(text, new RegExp(`reports has 1000001 rows; at most ${MAX_IMPORT_ROWS}`));
  });
  it('a script address in place of a web address', async () => {
    const file = await valid();
    file.history[0].url = 'javascript:alert(1)';
    await refusedWithNothingChanged(JSON.stringify(file), /history\[0\]\.url must be an http or https address/);
  });
  it('a valid file whose write fails half-way leaves the store as it was', async () => {
    const source = await filled();
    const text = exportJson(await exportRecords({ db: source }));
    const target = await db();
    // History and review go in; the report's put hits a full disk.
    restorePut = patchPut((_store, call) => (call === 3 ? 'fail' : undefined), () => new DOMException('simulated', 'QuotaExceededError'));
    const error = await importRecords(text, { db: target }).catch((e: unknown) => e);
    restorePut();
    expect((error as StoreFailure).reason).toBe('quota');
    expect(await snapshotOf(target)).toEqual({ history: [], reviews: [], reports: [] });
  });
});
