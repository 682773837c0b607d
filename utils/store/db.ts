import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Dataset, DatasetProblem, EntryCounts, PackHeader } from '../dataset/types';
import type { ReportKind, ReviewStatus } from './limits';

// The lists of statuses and kinds live in limits.ts (no imports, so the popup can use them without idb).
export type { ReportKind, ReviewStatus } from './limits';

/**
 * The extension's one IndexedDB database. It is opened by extension pages and the background, never by
 * content scripts (a content script's IndexedDB belongs to the news site's origin).
 *
 * To add an object store (or an index): declare it in `TilsvarSchema`, then append one migration to
 * `MIGRATIONS`. Never edit or reorder a migration that has shipped: a user's database is at whatever
 * version their last extension version left it, and replays only the migrations after it.
 */
export const DB_NAME = 'tilsvar';

/** A pack as listed: its header, whether it is used for matching, and what it holds. */
export interface StoredPack extends PackHeader {
  enabled: boolean;
  /** ISO time of the import of this version. */
  importedAt: string;
  fileName: string | null;
  counts: EntryCounts;
  /** Warnings the import reported (unused actors and the like), kept to show again. */
  warnings: DatasetProblem[];
}

export interface TilsvarSchema extends DBSchema {
  /** Small values by key, such as the packs revision. */
  meta: { key: string; value: number | string };
  /** Pack headers and state; small, so listing packs never loads their entries. */
  packs: { key: string; value: StoredPack };
  /** A pack's compiled entries, under the pack's id. */
  packData: { key: string; value: { id: string; dataset: Dataset } };
  /** A pack's match index (see `buildArtefact`), built at import so the background opens it without rebuilding (version 3). */
  packIndex: { key: string; value: StoredPackIndex };
  /** Matched articles the user opened the popup on, by normalised URL (version 2). */
  history: { key: string; value: HistoryEntry; indexes: { lastSeen: string } };
  /** The user's review status and notes per article, by normalised URL (version 2). */
  reviews: { key: string; value: ArticleReview; indexes: { updatedAt: string } };
  /** "Report a wrong link": kept only here, never sent anywhere (version 2). */
  reports: { key: string; value: WrongLinkReport; indexes: { createdAt: string } };
}

/**
 * The layout and tokenisation of stored pack indices. Bump it whenever `utils/match/artefact.ts` or the
 * tokeniser changes what an index holds: indices of another format are rebuilt from the pack's entries.
 */
export const PACK_INDEX_FORMAT = 1;

export interface StoredPackIndex {
  id: string;
  format: number;
  /** The import this index was built from (`StoredPack.importedAt`). */
  importedAt: string;
  bytes: Uint8Array;
}

/** A story an article was matched to, as the popup knew it. */
export interface StoryRef {
  id: string;
  title: string;
}

/** What the coverage page shows about an article, copied from the popup's snapshot and match. */
export interface ArticleRecord {
  /** Normalised canonical URL: the key that ties history, review and reports together. */
  url: string;
  headline: string | null;
  outlet: string | null;
  /** ISO date or date-time as the page declared it. */
  published: string | null;
  /** The dataset's id for the article, when it was identified. */
  articleId: string | null;
  stories: StoryRef[];
}

/** A compact copy of a response the popup showed, for the printable story report. */
export interface ResponseRecord {
  id: string;
  organisationName: string;
  personName: string | null;
  date: string;
  summary: string;
  url: string | null;
}

/** A compact copy of a timeline event the popup showed, for the printable story report. */
export interface TimelineRecord {
  id: string;
  date: string;
  title: string;
}

export interface HistoryEntry extends ArticleRecord {
  /** ISO times of the first and the latest opening of the popup on this article. */
  firstSeen: string;
  lastSeen: string;
  responses: ResponseRecord[];
  timeline: TimelineRecord[];
}

export interface ReviewNote {
  /** Random id: what an import matches notes by, so the same note is never added twice. */
  id: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleReview {
  url: string;
  /** The article as it was when reviewed, so a review outlives a cleared history. */
  article: ArticleRecord;
  status: ReviewStatus;
  /** When the status was last set (null while never set). */
  statusAt: string | null;
  notes: ReviewNote[];
  updatedAt: string;
}

export interface WrongLinkReport {
  id: string;
  pageUrl: string;
  itemId: string;
  kind: ReportKind;
  comment: string;
  createdAt: string;
}

export type TilsvarDb = IDBPDatabase<TilsvarSchema>;
export type UpgradeTransaction = IDBPTransaction<TilsvarSchema, StoreNames<TilsvarSchema>[], 'versionchange'>;

/** Migration n takes the database from version n to n + 1. */
export type Migration = (db: TilsvarDb, transaction: UpgradeTransaction) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: imported packs.
  (db) => {
    db.createObjectStore('meta');
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('packData', { keyPath: 'id' });
  },
  // 1 → 2: history of matched articles, review status and notes, wrong-link reports.
  (db) => {
    db.createObjectStore('history', { keyPath: 'url' }).createIndex('lastSeen', 'lastSeen');
    db.createObjectStore('reviews', { keyPath: 'url' }).createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('reports', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
  },
  // 2 → 3: pack indices. Packs imported before have none yet; the background builds theirs on first use.
  (db) => {
    db.createObjectStore('packIndex', { keyPath: 'id' });
  },
];

export const DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  name?: string;
  /** Tests pass their own list to exercise upgrades. */
  migrations?: readonly Migration[];
}

/** Opens (and creates or upgrades) the database. Most callers want the shared `tilsvarDb()` instead. */
export async function openTilsvarDb(options: OpenOptions = {}): Promise<TilsvarDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  const name = options.name ?? DB_NAME;
  try {
    return await openDB<TilsvarSchema>(name, migrations.length, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        for (let version = oldVersion; version < migrations.length; version++) migrations[version]!(database, transaction);
      },
      blocking(_current, _blocked, event) {
        // Another context of the extension needs a newer version: step aside so its upgrade can run.
        (event.target as IDBDatabase).close();
        if (name === DB_NAME && shared) shared = null;
      },
      terminated() {
        if (name === DB_NAME) shared = null;
      },
    });
  } catch (cause) {
    if ((cause as Error)?.name === 'VersionError') {
      throw new Error(`The extension's database was written by a newer version of Tilsvar (needs version ≤ ${migrations.length}).`);
    }
    throw cause;
  }
}

let shared: Promise<TilsvarDb> | null = null;

/** The connection shared by everything in this context (page or background); reopened after it was closed. */
export function tilsvarDb(): Promise<TilsvarDb> {
  shared ??= openTilsvarDb();
  shared.catch(() => (shared = null));
  return shared;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeTilsvarDb(): Promise<void> {
  const current = shared;
  shared = null;
  if (current) (await current.catch(() => null))?.close();
}
