import { countEntries, DatasetAssembler, error, jsonPath, type InstalledDataset } from './compile';
import { MAX_PACK_BYTES, MAX_PACK_ENTRIES, tooLargeMessage } from './pack-limits';
import { earliestDay } from './dates';
import { PackFileFrame, PackHeader } from './schema';
import type { Dataset, DatasetProblem, EntryCounts } from './types';

/** No string in a pack may be longer than this; the schema's own limits are far lower, this stops the worst early. */
const MAX_STRING = 100_000;
/** Nesting deeper than the format ever needs. */
const MAX_DEPTH = 16;
/** A hostile file may have millions of faults; the editor needs the first ones. */
const MAX_PROBLEMS = 200;
// Keys that mean something to JavaScript objects; no field of the format is called that.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export { checkPackSize, compareVersions, MAX_PACK_BYTES, MAX_PACK_ENTRIES } from './pack-limits';

export type PackValidation =
  | { ok: true; header: PackHeader; dataset: Dataset; counts: EntryCounts; warnings: DatasetProblem[] }
  | { ok: false; problems: DatasetProblem[] };

export interface PackValidationOptions {
  /**
   * What the pack may refer to but not repeat: the bundled dataset and the other installed packs. A function
   * receives the pack's header, so an installed older version of the same pack can be left out.
   */
  installed: InstalledDataset[] | ((header: PackHeader) => InstalledDataset[]);
  /** The name problems are reported under. */
  fileName?: string;
  /** YYYY-MM-DD; defaults to the clock. */
  today?: string;
}

/**
 * Checks a pack file completely: size, JSON, hostile keys, entry count, schema, references (to itself,
 * the bundled dataset and other packs), ids and URLs that would override installed entries, dates.
 * Pure: nothing is stored; the store writes only what passes.
 */
export function validatePack(text: unknown, options: PackValidationOptions): PackValidation {
  const file = options.fileName ?? 'pack';
  const refuse = (path: string, message: string): PackValidation => ({ ok: false, problems: [error(file, path, message)] });

  if (typeof text !== 'string') return refuse('$', 'a pack is a JSON text file');
  const bytes = utf8Length(text);
  if (bytes > MAX_PACK_BYTES) return refuse('$', tooLargeMessage(bytes));

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return refuse('$', `not valid JSON: ${(cause as Error).message}`);
  }

  const shape = scan(json, file);
  if (shape.problems.length > 0) return { ok: false, problems: shape.problems };
  const entries = countRawEntries(json);
  if (entries > MAX_PACK_ENTRIES) {
    return refuse('$', `the pack has ${entries.toLocaleString('en')} entries; packs with more than ${MAX_PACK_ENTRIES.toLocaleString('en')} entries are refused`);
  }

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // The header first: the installed datasets to check against may depend on the pack's id.
  const header = PackHeader.safeParse(field(json, 'pack'));
  const installed = !header.success ? [] : typeof options.installed === 'function' ? options.installed(header.data) : options.installed;
  const assembler = new DatasetAssembler({ installed, today, pack: header.success ? header.data.id : undefined });
  const frame = assembler.parse(PackFileFrame, json, file, '$');
  if (frame) {
    if (earliestDay(frame.pack.date) > today) assembler.fail(file, '$.pack.date', `${frame.pack.date} is in the future`);
    assembler.addOutlets(frame.outlets, file, '$');
    assembler.addActors(frame.actors, file, '$');
    frame.stories.forEach((story, i) => assembler.addStory(story, file, `$.stories[${i}]`));
  }
  const { dataset, problems } = assembler.finish();
  if (!frame || !dataset) return { ok: false, problems: capped(problems) };
  return { ok: true, header: frame.pack, dataset, counts: countEntries(dataset), warnings: problems };
}

/** Looks at every key and string before the schema does: keys JavaScript treats specially, huge strings, deep nesting. */
function scan(root: unknown, file: string): { problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '$', depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING) problems.push(error(file, path, `a text of ${value.length.toLocaleString('en')} characters; no field allows more than ${MAX_STRING.toLocaleString('en')}`));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      problems.push(error(file, path, `nested more than ${MAX_DEPTH} levels deep; the pack format is never that deep`));
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = path + step(key);
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(error(file, child, `the key "${key}" is not allowed in a pack`));
        continue;
      }
      if (key.length > 200) {
        problems.push(error(file, path + step(`${key.slice(0, 40)}…`), 'a key longer than any field name of the format'));
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return { problems: capped(problems) };
}

/** Entries as the file declares them, whatever their shape: counted before the schema looks at them. */
function countRawEntries(json: unknown): number {
  const length = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  let total = length(field(json, 'outlets')) + length(field(json, 'actors'));
  const stories = field(json, 'stories');
  if (Array.isArray(stories)) {
    for (const story of stories) {
      total += 1 + length(field(story, 'responses')) + length(field(story, 'events'));
      const articles = field(story, 'articles');
      if (Array.isArray(articles)) for (const article of articles) total += 1 + length(field(article, 'claims'));
    }
  }
  return total;
}

/** `.key` or `["key"]`, as `jsonPath` writes one step. */
function step(key: string): string {
  return jsonPath([key]).slice(1);
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

function capped(problems: DatasetProblem[]): DatasetProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { ...problems[MAX_PROBLEMS]!, path: '$', message: `and ${rest} more problem(s)` }];
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no encoding to be judged.
  if (text.length * 3 <= MAX_PACK_BYTES) return text.length;
  if (text.length > MAX_PACK_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}
