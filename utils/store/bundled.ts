import { browser } from 'wxt/browser';
import { DATASET_PATH, loadBundledDataset } from '../dataset/load';
import type { Dataset } from '../dataset/types';

let cached: Promise<Dataset> | null = null;

/** The dataset shipped inside the extension, read once per page or worker. */
export function bundledDataset(): Promise<Dataset> {
  cached ??= loadBundledDataset(browser.runtime.getURL(DATASET_PATH as '/'));
  cached.catch(() => (cached = null));
  return cached;
}
