import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileDataset, type CompileResult, type SourceFile } from './compile';

/** Reads every dataset source file under `dir` (Node only: build scripts and tests). */
export function readSourceFiles(dir: string, root = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) files.push({ path: relative(root, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return files;
}

export function compileDatasetDir(dir: string, root = process.cwd()): CompileResult {
  return compileDataset(readSourceFiles(dir, root));
}
