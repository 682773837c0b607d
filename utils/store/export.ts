import { safeHref } from '../format';
import {
  DB_VERSION,
  type ArticleRecord,
  type ArticleReview,
  type HistoryEntry,
  type ResponseRecord,
  type ReviewNote,
  type ReviewStatus,
  type StoryRef,
  type TimelineRecord,
  type WrongLinkReport,
} from './db';
import { writeAll } from './failure';
import { isReportKind, isReviewStatus, MAX_COMMENT_LENGTH, MAX_NOTE_LENGTH, REPORT_KINDS, REVIEW_STATUSES } from './limits';
import { openRecords, readRecords, type RecordStoreOptions } from './shared';

/** One article as the coverage page and the CSV show it: its history entry and its review, joined by URL. */
export interface CoverageArticle extends ArticleRecord {
  firstSeen: string | null;
  lastSeen: string | null;
  status: ReviewStatus;
  statusAt: string | null;
  notes: ReviewNote[];
  responses: ResponseRecord[];
  timeline: TimelineRecord[];
}

export interface RecordsExport {
  format: 'tilsvar-records';
  formatVersion: 1;
  /** The database version the records were read from (see `MIGRATIONS` in db.ts). */
  schemaVersion: number;
  exportedAt: string;
  history: HistoryEntry[];
  reviews: ArticleReview[];
  reports: WrongLinkReport[];
}

/** Joins history and reviews; an article reviewed after its history was cleared still appears. */
export function coverageArticles(history: HistoryEntry[], reviews: ArticleReview[]): CoverageArticle[] {
  const byUrl = new Map<string, CoverageArticle>();
  for (const entry of history) {
    byUrl.set(entry.url, { ...entry, status: 'not-reviewed', statusAt: null, notes: [] });
  }
  for (const review of reviews) {
    const seen = byUrl.get(review.url);
    const base = seen ?? { ...review.article, url: review.url, firstSeen: null, lastSeen: null, responses: [], timeline: [] };
    byUrl.set(review.url, { ...base, status: review.status, statusAt: review.statusAt, notes: review.notes });
  }
  return [...byUrl.values()];
}

// ---------------------------------------------------------------------------------------------- CSV

const CSV_BOM = '\uFEFF';

/**
 * One spreadsheet cell. Every cell is quoted (commas, quotes and line breaks stay inside it); a cell a
 * spreadsheet would run as a formula (= + - @, or a leading tab or carriage return) gets a leading
 * apostrophe, so it is shown as text.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** UTF-8 with a byte-order mark (so spreadsheets read æ, ø and å right) and CRLF line ends, as RFC 4180 asks. */
function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const COVERAGE_CSV_HEADER = [
  'stories', 'headline', 'outlet', 'published', 'url', 'status', 'status_set_at', 'notes', 'first_seen', 'last_seen',
];

export function coverageCsv(articles: CoverageArticle[]): string {
  return toCsv(
    COVERAGE_CSV_HEADER,
    articles.map((a) => [
      a.stories.map((s) => s.title).join('; '),
      a.headline,
      a.outlet,
      a.published,
      a.url,
      a.status,
      a.statusAt,
      a.notes.map((n) => `${n.createdAt.slice(0, 16).replace('T', ' ')}: ${n.text}`).join('\n'),
      a.firstSeen,
      a.lastSeen,
    ]),
  );
}

const REPORTS_CSV_HEADER = ['created_at', 'page_url', 'kind', 'item_id', 'comment'];

export function reportsCsv(reports: WrongLinkReport[]): string {
  return toCsv(REPORTS_CSV_HEADER, reports.map((r) => [r.createdAt, r.pageUrl, r.kind, r.itemId, r.comment]));
}

/** Reports alone as JSON: the ordinary records export with no history and no reviews, so `importRecords` takes it back. */
export function reportsJson(reports: WrongLinkReport[], now = new Date()): string {
  return exportJson(recordsExport({ history: [], reviews: [], reports }, now));
}

// --------------------------------------------------------------------------------------------- JSON

export async function exportRecords(options: RecordStoreOptions = {}): Promise<RecordsExport> {
  return readRecords(options, async (db) => {
    const tx = db.transaction(['history', 'reviews', 'reports']);
    const [history, reviews, reports] = await Promise.all([
      tx.objectStore('history').getAll(),
      tx.objectStore('reviews').getAll(),
      tx.objectStore('reports').getAll(),
    ]);
    await tx.done;
    return recordsExport({ history, reviews, reports }, options.now ?? new Date());
  });
}

function recordsExport(records: Pick<RecordsExport, 'history' | 'reviews' | 'reports'>, now: Date): RecordsExport {
  return {
    format: 'tilsvar-records',
    formatVersion: 1,
    schemaVersion: DB_VERSION,
    exportedAt: now.toISOString(),
    history: records.history,
    reviews: records.reviews,
    reports: records.reports,
  };
}

export const exportJson = (records: RecordsExport) => JSON.stringify(records, null, 2);

// ------------------------------------------------------------------------------------------- import

/** Larger files are refused before they are parsed. */
const MAX_IMPORT_CHARS = 20_000_000;
/** More rows in one list than anyone keeps by hand: refused rather than loaded. */
export const MAX_IMPORT_ROWS = 50_000;
const MAX_PROBLEMS = 20;

export interface ImportCounts {
  added: number;
  merged: number;
  unchanged: number;
}

export type RecordsImportResult =
  | { ok: true; history: ImportCounts; reviews: ImportCounts; reports: ImportCounts }
  | { ok: false; problems: string[] };

/**
 * Merges a JSON export into the store. The whole file is checked first (shape, types, lengths, row
 * counts; unknown fields such as `__proto__` are refused); anything wrong refuses the import with the
 * problems listed, and nothing is written. Valid records are merged in one transaction, without
 * duplicates: an article or report already stored is combined with the imported one, so importing the
 * same file twice changes nothing the second time.
 */
export async function importRecords(text: string, options: RecordStoreOptions = {}): Promise<RecordsImportResult> {
  const parsed = parseRecords(text);
  if (!parsed.ok) return parsed;
  const { history, reviews, reports } = parsed.records;
  const db = await openRecords(options);
  const counts = () => ({ added: 0, merged: 0, unchanged: 0 });
  const result = { history: counts(), reviews: counts(), reports: counts() };
  /** Counts the outcome of one merge; true when there is something to write (a record added or changed). */
  const tally = (into: ImportCounts, before: unknown, after: unknown): boolean => {
    if (before === undefined) {
      into.added++;
      return true;
    }
    if (stableJson(before) === stableJson(after)) {
      into.unchanged++;
      return false;
    }
    into.merged++;
    return true;
  };
  await writeAll(db.transaction(['history', 'reviews', 'reports'], 'readwrite'), async (tx) => {
    const historyStore = tx.objectStore('history');
    for (const entry of history) {
      const before = await historyStore.get(entry.url);
      const after = before ? mergeHistory(before, entry) : entry;
      if (tally(result.history, before, after)) await historyStore.put(after);
    }
    const reviewStore = tx.objectStore('reviews');
    for (const review of reviews) {
      const before = await reviewStore.get(review.url);
      const after = before ? mergeReview(before, review) : review;
      if (tally(result.reviews, before, after)) await reviewStore.put(after);
    }
    const reportStore = tx.objectStore('reports');
    for (const report of reports) {
      const before = await reportStore.get(report.id);
      const after = before && before.createdAt >= report.createdAt ? before : report;
      if (tally(result.reports, before, after)) await reportStore.put(after);
    }
  });
  return { ok: true, ...result };
}

export async function importRecordsFile(file: Blob, options: RecordStoreOptions = {}): Promise<RecordsImportResult> {
  // Refused unread only when it certainly decodes to too many characters: a UTF-16 code unit takes at most
  // 3 bytes of UTF-8 (a surrogate pair takes 4 for two), so the text has at least a third as many characters
  // as the file has bytes. The factor 4 leaves room (a byte-order mark, for one); `parseRecords` counts exactly.
  if (file.size > MAX_IMPORT_CHARS * 4) return { ok: false, problems: [`the file is larger than ${MAX_IMPORT_CHARS} characters`] };
  return importRecords(await file.text(), options);
}

function mergeHistory(a: HistoryEntry, b: HistoryEntry): HistoryEntry {
  const newer = b.lastSeen > a.lastSeen ? b : a;
  return {
    ...newer,
    firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: newer.lastSeen,
    stories: unionBy([...newer.stories, ...(newer === a ? b : a).stories], (s) => s.id),
  };
}

function mergeReview(a: ArticleReview, b: ArticleReview): ArticleReview {
  const newer = b.updatedAt > a.updatedAt ? b : a;
  const statusFrom = (b.statusAt ?? '') > (a.statusAt ?? '') ? b : a;
  const notes = new Map<string, ReviewNote>();
  for (const note of [...a.notes, ...b.notes]) {
    const held = notes.get(note.id);
    if (!held || note.updatedAt > held.updatedAt) notes.set(note.id, note);
  }
  return {
    url: a.url,
    article: newer.article,
    status: statusFrom.status,
    statusAt: statusFrom.statusAt,
    notes: [...notes.values()].sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id)),
    updatedAt: newer.updatedAt,
  };
}

/** JSON with object keys sorted, so two equal records compare equal whatever order their fields were set in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function unionBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

// ----------------------------------------------------------------------------------------- checking

type Parsed = { ok: true; records: Pick<RecordsExport, 'history' | 'reviews' | 'reports'> } | { ok: false; problems: string[] };

class Refusal extends Error {}

/** Checks an export's text completely, building fresh objects field by field: nothing of the input is kept as is. */
function parseRecords(text: string): Parsed {
  if (typeof text !== 'string') return { ok: false, problems: ['not a text file'] };
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problems: [`the file is larger than ${MAX_IMPORT_CHARS} characters`] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const problems: string[] = [];
  const check = new Checker(problems);
  try {
    const root = check.object(value, '$', ['format', 'formatVersion', 'schemaVersion', 'exportedAt', 'history', 'reviews', 'reports']);
    if (root.format !== 'tilsvar-records') check.fail('$.format', 'is not "tilsvar-records": this is not a Tilsvar export');
    if (root.formatVersion !== 1) check.fail('$.formatVersion', 'must be 1');
    if (!Number.isSafeInteger(root.schemaVersion) || (root.schemaVersion as number) < 1) check.fail('$.schemaVersion', 'must be a positive whole number');
    check.isoTime(root.exportedAt, '$.exportedAt');
    const history = check.list(root.history, '$.history', MAX_IMPORT_ROWS, (v, p) => historyEntry(check, v, p));
    const reviews = check.list(root.reviews, '$.reviews', MAX_IMPORT_ROWS, (v, p) => review(check, v, p));
    const reports = check.list(root.reports, '$.reports', MAX_IMPORT_ROWS, (v, p) => report(check, v, p));
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, records: { history, reviews, reports } };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problems };
    throw error;
  }
}

const ARTICLE_KEYS = ['url', 'headline', 'outlet', 'published', 'articleId', 'stories'] as const;

function articleFields(check: Checker, input: Record<string, unknown>, path: string): ArticleRecord {
  return {
    url: check.url(input.url, `${path}.url`),
    headline: check.text(input.headline, `${path}.headline`, 1000, true),
    outlet: check.text(input.outlet, `${path}.outlet`, 300, true),
    published: check.date(input.published, `${path}.published`, true),
    articleId: check.id(input.articleId, `${path}.articleId`, true),
    stories: check.list(input.stories, `${path}.stories`, 100, (v, p): StoryRef => {
      const s = check.object(v, p, ['id', 'title']);
      return { id: check.id(s.id, `${p}.id`, false)!, title: check.text(s.title, `${p}.title`, 1000, false)! };
    }),
  };
}

function historyEntry(check: Checker, value: unknown, path: string): HistoryEntry {
  const input = check.object(value, path, [...ARTICLE_KEYS, 'firstSeen', 'lastSeen', 'responses', 'timeline']);
  return {
    ...articleFields(check, input, path),
    firstSeen: check.isoTime(input.firstSeen, `${path}.firstSeen`),
    lastSeen: check.isoTime(input.lastSeen, `${path}.lastSeen`),
    responses: check.list(input.responses, `${path}.responses`, 500, (v, p): ResponseRecord => {
      const r = check.object(v, p, ['id', 'organisationName', 'personName', 'date', 'summary', 'url']);
      return {
        id: check.id(r.id, `${p}.id`, false)!,
        organisationName: check.text(r.organisationName, `${p}.organisationName`, 500, false)!,
        personName: check.text(r.personName, `${p}.personName`, 500, true),
        date: check.date(r.date, `${p}.date`, false)!,
        summary: check.text(r.summary, `${p}.summary`, 5000, false)!,
        url: r.url === null ? null : check.url(r.url, `${p}.url`),
      };
    }),
    timeline: check.list(input.timeline, `${path}.timeline`, 2000, (v, p): TimelineRecord => {
      const e = check.object(v, p, ['id', 'date', 'title']);
      return { id: check.id(e.id, `${p}.id`, false)!, date: check.date(e.date, `${p}.date`, false)!, title: check.text(e.title, `${p}.title`, 1000, false)! };
    }),
  };
}

function review(check: Checker, value: unknown, path: string): ArticleReview {
  const input = check.object(value, path, ['url', 'article', 'status', 'statusAt', 'notes', 'updatedAt']);
  const article = articleFields(check, check.object(input.article, `${path}.article`, [...ARTICLE_KEYS]), `${path}.article`);
  const url = check.url(input.url, `${path}.url`);
  if (article.url !== url) check.fail(`${path}.article.url`, 'differs from the review\'s url');
  if (!isReviewStatus(input.status)) check.fail(`${path}.status`, `must be one of ${REVIEW_STATUSES.join(', ')}`);
  return {
    url,
    article,
    status: input.status as ReviewStatus,
    statusAt: input.statusAt === null ? null : check.isoTime(input.statusAt, `${path}.statusAt`),
    notes: check.list(input.notes, `${path}.notes`, 2000, (v, p): ReviewNote => {
      const n = check.object(v, p, ['id', 'text', 'createdAt', 'updatedAt']);
      return {
        id: check.id(n.id, `${p}.id`, false)!,
        text: check.text(n.text, `${p}.text`, MAX_NOTE_LENGTH, false)!,
        createdAt: check.isoTime(n.createdAt, `${p}.createdAt`),
        updatedAt: check.isoTime(n.updatedAt, `${p}.updatedAt`),
      };
    }),
    updatedAt: check.isoTime(input.updatedAt, `${path}.updatedAt`),
  };
}

function report(check: Checker, value: unknown, path: string): WrongLinkReport {
  const input = check.object(value, path, ['id', 'pageUrl', 'itemId', 'kind', 'comment', 'createdAt']);
  if (!isReportKind(input.kind)) check.fail(`${path}.kind`, `must be one of ${REPORT_KINDS.join(', ')}`);
  return {
    id: check.id(input.id, `${path}.id`, false)!,
    pageUrl: check.url(input.pageUrl, `${path}.pageUrl`),
    itemId: check.id(input.itemId, `${path}.itemId`, false)!,
    kind: input.kind as WrongLinkReport['kind'],
    comment: check.text(input.comment, `${path}.comment`, MAX_COMMENT_LENGTH, false, true)!,
    createdAt: check.isoTime(input.createdAt, `${path}.createdAt`),
  };
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Collects problems with their JSON paths; stops the whole check once there are enough to show. */
class Checker {
  constructor(private readonly problems: string[]) {}

  fail(path: string, message: string): void {
    this.problems.push(`${path} ${message}`);
    if (this.problems.length >= MAX_PROBLEMS) throw new Refusal();
  }

  object(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'must be an object');
      return {};
    }
    for (const key of Object.keys(value)) if (!keys.includes(key)) this.fail(`${path}.${key}`, 'is not a known field');
    for (const key of keys) if (!Object.hasOwn(value, key)) this.fail(`${path}.${key}`, 'is missing');
    return value as Record<string, unknown>;
  }

  list<T>(value: unknown, path: string, max: number, item: (value: unknown, path: string) => T): T[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'must be a list');
      return [];
    }
    if (value.length > max) {
      this.fail(path, `has ${value.length} rows; at most ${max} are accepted`);
      return [];
    }
    return value.map((v, i) => item(v, `${path}[${i}]`));
  }

  text(value: unknown, path: string, max: number, nullable: boolean, emptyAllowed = false): string | null {
    if (value === null && nullable) return null;
    if (typeof value !== 'string') {
      this.fail(path, nullable ? 'must be text or null' : 'must be text');
      return '';
    }
    if (value.length > max) this.fail(path, `is ${value.length} characters long; at most ${max} are accepted`);
    else if (!emptyAllowed && value.trim().length === 0) this.fail(path, 'is empty');
    return value;
  }

  id(value: unknown, path: string, nullable: boolean): string | null {
    const text = this.text(value, path, 200, nullable);
    if (text !== null && /[\u0000-\u001f]/.test(text)) this.fail(path, 'contains control characters');
    return text;
  }

  url(value: unknown, path: string): string {
    const text = this.text(value, path, 2048, false) ?? '';
    if (safeHref(text) === null) this.fail(path, 'must be an http or https address');
    return text;
  }

  isoTime(value: unknown, path: string): string {
    if (typeof value !== 'string' || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value))) {
      this.fail(path, 'must be an ISO date-time such as 2025-01-31T12:00:00.000Z');
      return '';
    }
    return value;
  }

  date(value: unknown, path: string, nullable: boolean): string | null {
    if (value === null && nullable) return null;
    if (typeof value !== 'string' || !DATE.test(value)) {
      this.fail(path, 'must be an ISO date');
      return '';
    }
    return value;
  }
}
