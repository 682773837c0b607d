import type { IDBPObjectStore, StoreNames } from 'idb';
import type { PackValidation } from '../dataset/pack';
import { checkPackSize, compareVersions } from '../dataset/pack-limits';
import type { Dataset, DatasetProblem } from '../dataset/types';
import { PACK_INDEX_FORMAT, type StoredPack, type TilsvarDb, type TilsvarSchema } from './db';
import { StoreFailure, writeAll } from './failure';
import { openRecords, readRecords, type RecordStoreOptions, type StoreOptions } from './shared';

export type { StoredPack } from './db';

/** What the options page lists for each pack. */
export type PackSummary = Omit<StoredPack, 'warnings'> & { warningCount: number };

export type PackImportResult =
  | {
      ok: true;
      pack: PackSummary;
      /** The version this import replaced, or null for a new pack. */
      replacedVersion: string | null;
      /** Accepted, but worth telling the publisher (unused actors and the like). */
      warnings: DatasetProblem[];
    }
  | { ok: false; problems: DatasetProblem[] };

export type PackStoreOptions = StoreOptions;

export interface ImportOptions extends RecordStoreOptions {
  /** The bundled dataset a pack may refer to but not override; read from the extension by default. */
  bundled?: Dataset;
  /** Shown in problems and kept with the pack. */
  fileName?: string;
}

const REVISION_KEY = 'packs-revision';

/**
 * Imports a pack from the text of its file. Everything is checked, and the pack's match index built, before
 * anything is written; the write is one transaction (entries, index and header together), so a refused or
 * failed import leaves the store exactly as it was. A pack with the id of an installed one replaces it only
 * when its version is newer; it keeps the installed one's on/off state.
 */
export async function importPack(fileText: string, options: ImportOptions = {}): Promise<PackImportResult> {
  const fileName = options.fileName ?? 'pack';
  const refuse = (message: string): PackImportResult => ({ ok: false, problems: [{ file: fileName, path: '$', message, severity: 'error' }] });
  const db = await openRecords(options);
  const bundled = options.bundled ?? (await (await import('./bundled')).bundledDataset());
  const now = options.now ?? new Date();

  const { headers, datasets } = await readRecords({ db }, installedPacks);

  // The validator brings the schema library; loaded only when a pack is imported, never for listing or matching.
  const { validatePack } = await import('../dataset/pack');
  const validation = validatePack(fileText, {
    fileName,
    today: now.toISOString().slice(0, 10),
    // An older version of the same pack is what this one replaces, not something it may collide with.
    installed: (header) => [
      { label: 'the bundled dataset', dataset: bundled },
      ...[...datasets].filter(([id]) => id !== header.id).map(([id, dataset]) => ({ label: `pack "${id}"`, dataset })),
    ],
  });
  if (!validation.ok) return validation;
  return store(db, validation, headers, fileName, now, refuse);
}

/** The file picker's entry point: a file over the size limit is refused before it is read. */
export async function importPackFile(file: Blob & { name?: string }, options: ImportOptions = {}): Promise<PackImportResult> {
  const fileName = options.fileName ?? file.name ?? 'pack';
  const tooLarge = checkPackSize(file.size, fileName);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  return importPack(await file.text(), { ...options, fileName });
}

export async function listPacks(options: PackStoreOptions = {}): Promise<PackSummary[]> {
  const packs = await readRecords(options, (db) => db.getAll('packs'));
  return packs.map(summary).sort((a, b) => a.title.localeCompare(b.title, 'nb') || a.id.localeCompare(b.id));
}

/** Switches a pack on or off for matching; null when there is no such pack. */
export async function setPackEnabled(id: string, enabled: boolean, options: PackStoreOptions = {}): Promise<PackSummary | null> {
  const db = await openRecords(options);
  return writeAll(db.transaction(['packs', 'meta'], 'readwrite'), async (tx) => {
    const pack = await tx.objectStore('packs').get(id);
    if (!pack) return null;
    const next = { ...pack, enabled };
    if (pack.enabled !== enabled) {
      await tx.objectStore('packs').put(next);
      await bumpRevision(tx.objectStore('meta'));
    }
    return summary(next);
  });
}

/** Removes a pack, its entries and its index; false when there was no such pack. */
export async function removePack(id: string, options: PackStoreOptions = {}): Promise<boolean> {
  const db = await openRecords(options);
  return writeAll(db.transaction(['packs', 'packData', 'packIndex', 'meta'], 'readwrite'), async (tx) => {
    const existed = (await tx.objectStore('packs').getKey(id)) !== undefined;
    if (existed) {
      await tx.objectStore('packs').delete(id);
      await tx.objectStore('packData').delete(id);
      await tx.objectStore('packIndex').delete(id);
      await bumpRevision(tx.objectStore('meta'));
    }
    return existed;
  });
}

/**
 * The compiled entries of every enabled pack, in pack-id order. Matching does not use these: the background
 * opens the stored indices (see `enabledPackIndices`). The tests use them (merged with the bundled dataset,
 * see `mergeDatasets`), and the pack benchmark in `scripts/dataset-build.ts` times rebuilding an index from them.
 */
export async function enabledPackDatasets(options: PackStoreOptions = {}): Promise<Dataset[]> {
  const { headers, datasets } = await readRecords(options, installedPacks);
  return enabledInOrder(headers).flatMap((header) => datasets.get(header.id) ?? []);
}

/** The enabled packs, in pack-id order: the order their entries and indices are merged in. */
export const enabledInOrder = (packs: StoredPack[]): StoredPack[] => packs.filter((p) => p.enabled).sort((a, b) => a.id.localeCompare(b.id));

/**
 * A number that changes whenever a pack is imported, switched or removed. The background compares it with
 * the one its index was built from, and rebuilds only when it differs.
 */
export async function packsRevision(options: PackStoreOptions = {}): Promise<number> {
  const value = await readRecords(options, (db) => db.get('meta', REVISION_KEY));
  return typeof value === 'number' ? value : 0;
}

async function store(
  db: TilsvarDb,
  validation: Extract<PackValidation, { ok: true }>,
  seen: StoredPack[],
  fileName: string,
  now: Date,
  refuse: (message: string) => PackImportResult,
): Promise<PackImportResult> {
  const { header, dataset, counts, warnings } = validation;
  const installed = seen.find((p) => p.id === header.id);
  if (installed) {
    const order = compareVersions(header.version, installed.version);
    if (order === 0) return refuse(`pack "${header.id}" version ${header.version} is already installed; only a newer version replaces it`);
    if (order < 0) return refuse(`pack "${header.id}" version ${header.version} is older than the installed version ${installed.version}; it was not imported`);
  }

  const record: StoredPack = {
    ...header,
    enabled: installed?.enabled ?? true,
    importedAt: now.toISOString(),
    fileName,
    counts,
    warnings,
  };
  // The index builder is loaded, like the validator, only when a pack is imported.
  const { buildArtefact } = await import('../match/artefact');
  const index = { id: header.id, format: PACK_INDEX_FORMAT, importedAt: record.importedAt, bytes: buildArtefact(dataset) };
  try {
    await writeAll(db.transaction(['packs', 'packData', 'packIndex', 'meta'], 'readwrite'), async (tx) => {
      // Another page may have imported or removed packs since they were read above; then start again.
      if (!sameHeaders(await tx.objectStore('packs').getAll(), seen)) throw new PacksChanged();
      await tx.objectStore('packs').put(record);
      await tx.objectStore('packData').put({ id: header.id, dataset });
      await tx.objectStore('packIndex').put(index);
      await bumpRevision(tx.objectStore('meta'));
    });
  } catch (failure) {
    if (failure instanceof PacksChanged) return refuse(failure.message);
    return refuse(`the pack could not be stored: ${(failure as Error)?.message ?? String(failure)}`);
  }
  return { ok: true, pack: summary(record), replacedVersion: installed?.version ?? null, warnings };
}

/** Thrown inside the import's write so that `writeAll` aborts it: the installed packs are no longer those checked against. */
class PacksChanged extends StoreFailure {
  constructor() {
    super('failed', 'the installed packs changed while this one was being checked; import it again');
  }
}

/** Every installed pack's header and entries: what an imported pack is checked against. */
async function installedPacks(db: TilsvarDb): Promise<{ headers: StoredPack[]; datasets: Map<string, Dataset> }> {
  const read = db.transaction(['packs', 'packData']);
  const headers = await read.objectStore('packs').getAll();
  const datasets = new Map<string, Dataset>();
  for (const header of headers) {
    const data = await read.objectStore('packData').get(header.id);
    if (data) datasets.set(header.id, data.dataset);
  }
  await read.done;
  return { headers, datasets };
}

async function bumpRevision(meta: IDBPObjectStore<TilsvarSchema, ArrayLike<StoreNames<TilsvarSchema>>, 'meta', 'readwrite'>) {
  const current = await meta.get(REVISION_KEY);
  await meta.put((typeof current === 'number' ? current : 0) + 1, REVISION_KEY);
}

function sameHeaders(a: StoredPack[], b: StoredPack[]): boolean {
  const key = (list: StoredPack[]) =>
    list
      .map((p) => `${p.id}@${p.version}@${p.importedAt}`)
      .sort()
      .join('|');
  return key(a) === key(b);
}

function summary(pack: StoredPack): PackSummary {
  const { warnings, ...rest } = pack;
  return { ...rest, warningCount: warnings.length };
}

