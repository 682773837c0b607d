import type { z } from 'zod';
import { ActorsFile, OutletsFile, StoryFile } from './schema';
import type { Dataset, DatasetProblem, StoryEntry } from './types';

export interface SourceFile {
  /** Path as shown to the editor, relative to the repository. */
  path: string;
  /** The file's text; parsed here so a syntax error is reported like any other problem. */
  text: string;
}

export interface CompileResult {
  dataset: Dataset | null;
  problems: DatasetProblem[];
}

/**
 * Validates every source file and, when nothing is wrong, compiles them into the shipped artefact.
 * `outlets.json` and `actors.json` hold the shared registries; every other file is one story.
 */
export function compileDataset(files: SourceFile[]): CompileResult {
  const problems: DatasetProblem[] = [];
  const dataset: Dataset = { format: 1, outlets: [], actors: [], stories: [], articles: [], responses: [], events: [] };
  const fileOf = new Map<string, { file: string; path: string }>();

  const claim = (id: string, file: string, path: string) => {
    const earlier = fileOf.get(id);
    if (earlier) {
      problems.push(error(file, `${path}.id`, `duplicate id "${id}", already used at ${earlier.file} ${earlier.path}`));
      return false;
    }
    fileOf.set(id, { file, path });
    return true;
  };

  for (const file of files) {
    const name = file.path.split('/').pop() ?? file.path;
    const schema = name === 'outlets.json' ? OutletsFile : name === 'actors.json' ? ActorsFile : StoryFile;
    const data = parseWith(schema, file, problems);
    if (!data) continue;
    if ('outlets' in data) {
      data.outlets.forEach((outlet, i) => claim(outlet.id, file.path, `$.outlets[${i}]`) && dataset.outlets.push(outlet));
    } else if ('actors' in data) {
      data.actors.forEach((actor, i) => claim(actor.id, file.path, `$.actors[${i}]`) && dataset.actors.push(actor));
    } else {
      const storyId = data.story.id;
      if (!claim(storyId, file.path, '$.story')) continue;
      const story: StoryEntry = { ...data.story, articles: [], responses: [], events: [] };
      data.articles.forEach((a, i) => {
        if (claim(a.id, file.path, `$.articles[${i}]`)) (dataset.articles.push({ ...a, story: storyId }), story.articles.push(a.id));
      });
      data.responses.forEach((r, i) => {
        if (claim(r.id, file.path, `$.responses[${i}]`)) (dataset.responses.push({ ...r, story: storyId }), story.responses.push(r.id));
      });
      data.events.forEach((e, i) => {
        if (claim(e.id, file.path, `$.events[${i}]`)) (dataset.events.push({ ...e, story: storyId }), story.events.push(e.id));
      });
      dataset.stories.push(story);
    }
  }

  checkReferences(dataset, fileOf, problems);
  checkUniqueUrls(dataset, fileOf, problems);
  const failed = problems.some((p) => p.severity === 'error');
  return { dataset: failed ? null : dataset, problems };
}

export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file} ${problem.path}: ${problem.severity}: ${problem.message}`;
}

function parseWith<S extends z.ZodType>(schema: S, file: SourceFile, problems: DatasetProblem[]): z.infer<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (cause) {
    problems.push(error(file.path, '$', `not valid JSON: ${(cause as Error).message}`));
    return null;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(error(file.path, jsonPath(issue.path), issue.message));
  }
  return null;
}

function checkReferences(
  dataset: Dataset,
  fileOf: Map<string, { file: string; path: string }>,
  problems: DatasetProblem[],
) {
  const ids = (list: { id: string }[]) => new Set(list.map((entry) => entry.id));
  const outlets = ids(dataset.outlets);
  const actors = ids(dataset.actors);
  const articles = ids(dataset.articles);
  const claims = new Set(dataset.articles.flatMap((a) => a.claims.map((c) => c.id)));
  const used = new Set<string>();

  const expect = (kind: string, known: Set<string>, id: string | undefined, owner: string, field: string) => {
    if (id === undefined) return;
    used.add(id);
    if (known.has(id)) return;
    const at = fileOf.get(owner);
    problems.push(error(at?.file ?? '?', `${at?.path ?? '$'}.${field}`, `refers to ${kind} "${id}", which does not exist`));
  };

  for (const actor of dataset.actors) {
    actor.roles.forEach((role, i) => expect('organisation', actors, role.organisation, actor.id, `roles[${i}].organisation`));
  }
  for (const article of dataset.articles) {
    expect('outlet', outlets, article.outlet, article.id, 'outlet');
    article.claims.forEach((c, i) => expect('actor', actors, c.by, article.id, `claims[${i}].by`));
  }
  for (const response of dataset.responses) {
    expect('actor', actors, response.person, response.id, 'person');
    expect('actor', actors, response.organisation, response.id, 'organisation');
    expect('article', articles, response.respondsTo.article, response.id, 'respondsTo.article');
    expect('claim', claims, response.respondsTo.claim, response.id, 'respondsTo.claim');
    expect('article', articles, response.publishedAs, response.id, 'publishedAs');
  }
  for (const event of dataset.events) {
    event.actors.forEach((a, i) => expect('actor', actors, a, event.id, `actors[${i}]`));
    expect('article', articles, event.article, event.id, 'article');
  }

  for (const entry of [...dataset.outlets, ...dataset.actors]) {
    if (used.has(entry.id)) continue;
    const at = fileOf.get(entry.id);
    problems.push({ file: at?.file ?? '?', path: at?.path ?? '$', message: `"${entry.id}" is never referred to`, severity: 'warning' });
  }
}

function checkUniqueUrls(dataset: Dataset, fileOf: Map<string, { file: string; path: string }>, problems: DatasetProblem[]) {
  const seen = new Map<string, string>();
  for (const article of dataset.articles) {
    if (!article.url) continue;
    const earlier = seen.get(article.url);
    const at = fileOf.get(article.id);
    if (earlier) problems.push(error(at?.file ?? '?', `${at?.path}.url`, `URL already belongs to article "${earlier}"`));
    else seen.set(article.url, article.id);
  }
}

function jsonPath(path: PropertyKey[]): string {
  return '$' + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

function error(file: string, path: string, message: string): DatasetProblem {
  return { file, path, message, severity: 'error' };
}
