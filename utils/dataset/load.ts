import type { Dataset } from './types';

/** Where the build puts the compiled dataset inside the extension. */
export const DATASET_PATH = '/dataset.json';

/** Reads the shipped artefact; it was validated at build time, so only its format marker is checked. */
export async function loadBundledDataset(url: string): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The bundled dataset could not be read (${response.status}).`);
  const dataset = (await response.json()) as Dataset;
  if (dataset?.format !== 1) throw new Error('The bundled dataset has an unknown format.');
  return dataset;
}

/** The artefact's text: compact JSON, the same bytes for the same sources. */
export function serializeDataset(dataset: Dataset): string {
  return JSON.stringify(dataset);
}
