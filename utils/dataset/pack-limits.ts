import type { DatasetProblem } from './types';

// Kept apart from the validator so that pages can check a file's size, and the store compare versions,
// without loading the schema.

/** A pack file larger than this is refused before it is read. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;
/** A pack with more entries than this (outlets, actors, stories, articles, claims, responses, events) is refused. */
export const MAX_PACK_ENTRIES = 100_000;

/** For the file picker: refuse a file by its size before reading it. */
export function checkPackSize(bytes: number, fileName = 'pack'): DatasetProblem | null {
  return bytes > MAX_PACK_BYTES ? { file: fileName, path: '$', message: tooLargeMessage(bytes), severity: 'error' } : null;
}

export function tooLargeMessage(bytes: number): string {
  return `the pack is ${(bytes / 1024 / 1024).toFixed(1)} MB; packs over ${MAX_PACK_BYTES / 1024 / 1024} MB are refused`;
}

/** Orders "1" < "1.2" < "1.10" < "2"; missing parts count as 0, so "1" equals "1.0". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
