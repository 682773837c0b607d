// Node only: used by the build (wxt.config.ts), never by the extension's bundles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../dataset/types';
import { buildArtefactParts } from './artefact';
import { INDEX_PATH, recordChunkPath } from './index';

/**
 * Writes the bundled artefact (the index and its record chunks) under `dir` and returns them as WXT
 * public files. WXT's generated public files are text only, so binary files are written and copied.
 */
export function emitArtefactFiles(dataset: Dataset, dir: string): { absoluteSrc: string; relativeDest: string }[] {
  const parts = buildArtefactParts(dataset);
  const files = [
    { relativeDest: INDEX_PATH.slice(1), bytes: parts.index },
    ...parts.chunks.map((bytes, n) => ({ relativeDest: recordChunkPath(n).slice(1), bytes })),
  ];
  return files.map(({ relativeDest, bytes }) => {
    const absoluteSrc = join(dir, relativeDest);
    mkdirSync(join(absoluteSrc, '..'), { recursive: true });
    writeFileSync(absoluteSrc, bytes);
    return { absoluteSrc, relativeDest };
  });
}
