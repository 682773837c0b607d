import { buildArtefact } from '../match/artefact';
import { PACK_INDEX_FORMAT, type StoredPack, type TilsvarDb } from './db';
import { writeAll } from './failure';
import { enabledInOrder, type PackStoreOptions } from './packs';
import { readRecords } from './shared';

/**
 * The match index of every enabled pack, in pack-id order, as stored at import: the background opens these
 * bytes directly (no JSON parse of the entries, no rebuilding). A pack without a current index (imported
 * before version 3 of the database, or under an older `PACK_INDEX_FORMAT`) has it built from its entries
 * and stored for next time; if storing fails (a full disk), the built index is still used.
 */
export async function enabledPackIndices(options: PackStoreOptions = {}): Promise<Uint8Array[]> {
  const { db, packs, stored } = await readRecords(options, async (db) => {
    const read = db.transaction(['packs', 'packIndex']);
    const packs = enabledInOrder(await read.objectStore('packs').getAll());
    const stored = await Promise.all(packs.map((pack) => read.objectStore('packIndex').get(pack.id)));
    await read.done;
    return { db, packs, stored };
  });

  const indices: Uint8Array[] = [];
  for (const [i, pack] of packs.entries()) {
    const index = stored[i];
    if (index && index.format === PACK_INDEX_FORMAT && index.importedAt === pack.importedAt) indices.push(index.bytes);
    else {
      const rebuilt = await rebuild(db, pack);
      if (rebuilt) indices.push(rebuilt);
    }
  }
  return indices;
}

async function rebuild(db: TilsvarDb, pack: StoredPack): Promise<Uint8Array | null> {
  const data = await readRecords({ db }, (db) => db.get('packData', pack.id));
  if (!data) return null;
  const bytes = buildArtefact(data.dataset);
  try {
    await writeAll(db.transaction(['packs', 'packIndex'], 'readwrite'), async (tx) => {
      // Written only if the pack is still the same import: it may have been replaced or removed meanwhile.
      const current = await tx.objectStore('packs').get(pack.id);
      if (current?.importedAt === pack.importedAt) await tx.objectStore('packIndex').put({ id: pack.id, format: PACK_INDEX_FORMAT, importedAt: pack.importedAt, bytes });
    });
  } catch (error) {
    console.warn(`Tilsvar: the index of pack "${pack.id}" could not be stored; it is rebuilt next time`, error);
  }
  return bytes;
}
