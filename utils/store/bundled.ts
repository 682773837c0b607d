import { browser } from 'wxt/browser';
import { DATASET_PATH, loadBundledDataset } from '../dataset/load';
import type { Dataset } from '../dataset/types';

let cached: Promise<Dataset> | null = null;

/**
 * The dataset shipped inside the extension, as `importPack` checks a pack against it (a pack may refer to
 * its entries but not override them); nothing else uses it. Read the first time a pack is imported in a
 * page and kept for further imports there; a failed read is tried again next time.
 */
export function bundledDataset(): Promise<Dataset> {
  cached ??= loadBundledDataset(browser.runtime.getURL(DATASET_PATH as '/'));
  cached.catch(() => (cached = null));
  return cached;
}
