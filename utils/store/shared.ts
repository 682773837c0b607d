import { tilsvarDb, type TilsvarDb } from './db';
import { classifyFailure, openOrFail } from './failure';

/** What every store function accepts. */
export interface StoreOptions {
  /** The database; the shared connection by default. */
  db?: TilsvarDb | Promise<TilsvarDb>;
}

export interface RecordStoreOptions extends StoreOptions {
  /** For tests: the clock. */
  now?: Date;
}

/**
 * The database, through the failure layer: a `blocked` failure when another page holds an old version
 * open, and every other failure to open classified (see `classifyFailure`).
 */
export const openRecords = (options: StoreOptions): Promise<TilsvarDb> => openOrFail(() => Promise.resolve(options.db ?? tilsvarDb()));

/** Opens the database and runs one read; any failure is thrown as a `StoreFailure`. Writes use `writeAll`. */
export async function readRecords<T>(options: StoreOptions, read: (db: TilsvarDb) => Promise<T>): Promise<T> {
  const db = await openRecords(options);
  try {
    return await read(db);
  } catch (cause) {
    throw classifyFailure(cause);
  }
}

/** A random id for a note or a report. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
