import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Dataset, DatasetProblem, EntryCounts, PackHeader } from '../dataset/types';

/**
 * The extension's one IndexedDB database. It is opened by extension pages and the background, never by
 * content scripts (a content script's IndexedDB belongs to the news site's origin).
 *
 * To add object stores (history, reviews, notes…): declare them in `TilsvarSchema`, then append one
 * migration to `MIGRATIONS`. Never edit or reorder a migration that has shipped: a user's database is
 * at whatever version their last extension version left it, and replays only the migrations after it.
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
