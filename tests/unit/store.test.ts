import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { closeTilsvarDb, DB_NAME, DB_VERSION, MIGRATIONS, openTilsvarDb, tilsvarDb, type Migration } from '../../utils/store/db';

let count = 0;
const fresh = () => `store-test-${++count}`;

describe("the extension's database", () => {
  it('is created at the current version with the pack stores', async () => {
    const db = await openTilsvarDb({ name: fresh() });
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(['history', 'meta', 'packData', 'packIndex', 'packs', 'reports', 'reviews']);
    db.close();
  });

  it('is upgraded by running only the migrations after the stored version, keeping what is stored', async () => {
    const name = fresh();
    const v1 = await openTilsvarDb({ name, migrations: MIGRATIONS.slice(0, 1) });
    await v1.put('meta', 7, 'packs-revision');
    v1.close();

    const ran: number[] = [];
    // What a later issue does: append a migration that adds a store (here for notes).
    const addNotes: Migration = (db) => {
      ran.push(2);
      (db as unknown as IDBPDatabase).createObjectStore('notes', { keyPath: 'id' });
    };
    const v2 = await openTilsvarDb({ name, migrations: [() => ran.push(1), addNotes] });
    expect(ran).toEqual([2]);
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames]).toContain('notes');
    expect(await v2.get('meta', 'packs-revision')).toBe(7);
    v2.close();
  });

  it('steps aside when another page opens a newer version, so the upgrade is not blocked', async () => {
    const name = fresh();
    const older = await openTilsvarDb({ name });
    const newer = await openTilsvarDb({ name, migrations: [...MIGRATIONS, (db) => void (db as unknown as IDBPDatabase).createObjectStore('later')] });
    expect(newer.version).toBe(MIGRATIONS.length + 1);
    newer.close();
    older.close();
  });

  it('refuses with a clear message when a newer extension version wrote it', async () => {
    const name = fresh();
    const newer = await openTilsvarDb({ name, migrations: [...MIGRATIONS, () => undefined] });
    newer.close();
    await expect(openTilsvarDb({ name })).rejects.toThrow(/written by a newer version of Tilsvar/);
  });

  it('shares one connection per context, and opens a new one after it was closed', async () => {
    const a = await tilsvarDb();
    expect(await tilsvarDb()).toBe(a);
    expect(a.name).toBe(DB_NAME);
    await closeTilsvarDb();
    const b = await tilsvarDb();
    expect(b).not.toBe(a);
    await closeTilsvarDb();
  });
});
