import type { z } from 'zod';
import { certainlyBefore, earliestDay, mayCoincide } from './dates';
import {
  Actor as ActorSchema,
  ActorsFileFrame,
  Article as ArticleSchema,
  Event as EventSchema,
  Outlet as OutletSchema,
  OutletsFileFrame,
  Response as ResponseSchema,
  StoryBodyFrame,
  StoryFileFrame,
} from './schema';
import { urlKey } from './merge';
import type { Actor, Dataset, DatasetProblem, EntryCounts, EntryKind, Outlet, Source, StoryEntry } from './types';

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

/** Entries already in place (the bundled dataset, other packs): new files may refer to them but not repeat them. */
export interface InstalledDataset {
  /** How a problem names it: "the bundled dataset", `pack "x"`. */
  label: string;
  dataset: Dataset;
}

export interface CompileOptions {
  installed?: InstalledDataset[];
  /** Today as YYYY-MM-DD; a date after it is an error. Defaults to the clock. */
  today?: string;
  /** Every compiled entry is tagged with this pack id. */
  pack?: string;
}

type Where = { file: string; path: string };
interface Known {
  kind: EntryKind;
  where?: Where;
  /** Set for entries of an installed dataset: its label. */
  installedIn?: string;
  /** An entry that failed its schema: references to it are not reported again. */
  invalid?: boolean;
}

/**
 * Validates every source file and, when nothing is wrong, compiles them into the shipped artefact.
 * `outlets.json` and `actors.json` hold the shared registries; every other file is one story.
 */
export function compileDataset(files: SourceFile[], options: CompileOptions = {}): CompileResult {
  const assembler = new DatasetAssembler(options);
  for (const file of files) {
    const name = file.path.split('/').pop() ?? file.path;
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (cause) {
      assembler.fail(file.path, '$', `not valid JSON: ${(cause as Error).message}`);
      continue;
    }
    if (name === 'outlets.json') {
      const frame = assembler.parse(OutletsFileFrame, json, file.path, '$');
      if (frame) assembler.addOutlets(frame.outlets, file.path, '$');
    } else if (name === 'actors.json') {
      const frame = assembler.parse(ActorsFileFrame, json, file.path, '$');
      if (frame) assembler.addActors(frame.actors, file.path, '$');
    } else {
      assembler.addStory(json, file.path, '$', StoryFileFrame);
    }
  }
  return assembler.finish();
}

export { formatProblem } from './problems';

export function countEntries(dataset: Dataset): EntryCounts {
  return {
    outlet: dataset.outlets.length,
    actor: dataset.actors.length,
    story: dataset.stories.length,
    article: dataset.articles.length,
    claim: dataset.articles.reduce((sum, article) => sum + article.claims.length, 0),
    response: dataset.responses.length,
    event: dataset.events.length,
  };
}

/**
 * Collects outlets, actors and stories from one or more files, then checks them as a whole:
 * ids, references, dates and URLs. Shared by the bundled dataset and by packs.
 */
export class DatasetAssembler {
  readonly problems: DatasetProblem[] = [];
  private readonly dataset: Dataset = { format: 1, outlets: [], actors: [], stories: [], articles: [], responses: [], events: [] };
  private readonly known = new Map<string, Known>();
  private readonly actors = new Map<string, Actor>();
  private readonly outlets = new Map<string, Outlet>();
  /** Article id → published date, for every article local or installed. */
  private readonly published = new Map<string, string>();
  /** Claim id → the article that reports it. */
  private readonly claimArticle = new Map<string, string>();
  private readonly storyOf = new Map<string, string>();
  private readonly installedUrls = new Map<string, { id: string; label: string }>();
  private readonly installedDomains = new Map<string, { id: string; label: string }>();
  private readonly today: string;
  /** Some entry or file failed its schema: usage is then unknown, so nothing is reported as unused. */
  private invalid = false;

  constructor(private readonly options: CompileOptions = {}) {
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
    for (const { label, dataset } of options.installed ?? []) {
      const note = (id: string, kind: EntryKind) => this.known.set(id, { kind, installedIn: label });
      for (const outlet of dataset.outlets) {
        note(outlet.id, 'outlet');
        this.outlets.set(outlet.id, outlet);
        for (const domain of outlet.domains) this.installedDomains.set(domain, { id: outlet.id, label });
      }
      for (const actor of dataset.actors) (note(actor.id, 'actor'), this.actors.set(actor.id, actor));
      for (const story of dataset.stories) note(story.id, 'story');
      for (const article of dataset.articles) {
        note(article.id, 'article');
        this.published.set(article.id, article.published);
        this.storyOf.set(article.id, article.story);
        for (const claim of article.claims) (note(claim.id, 'claim'), this.claimArticle.set(claim.id, article.id));
        const key = article.url ? urlKey(article.url) : null;
        if (key) this.installedUrls.set(key, { id: article.id, label });
      }
      for (const response of dataset.responses) note(response.id, 'response');
      for (const event of dataset.events) note(event.id, 'event');
    }
  }

  /** Checks a value against a schema; each issue becomes an error at `prefix` + the issue's path. */
  parse<S extends z.ZodType>(schema: S, value: unknown, file: string, prefix: string): z.infer<S> | null {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    this.invalid = true;
    for (const issue of result.error.issues) this.problems.push(error(file, prefix + jsonPath(issue.path).slice(1), issueMessage(issue)));
    return null;
  }

  /** An error that makes the file unusable (such as a JSON syntax error). */
  fail(file: string, path: string, message: string) {
    this.invalid = true;
    this.problems.push(error(file, path, message));
  }

  addOutlets(outlets: unknown[], file: string, prefix: string) {
    for (const outlet of this.entries(OutletSchema, outlets, 'outlet', file, `${prefix}.outlets`)) {
      this.outlets.set(outlet.id, outlet);
      this.dataset.outlets.push(this.tag(outlet));
    }
  }

  addActors(actors: unknown[], file: string, prefix: string) {
    for (const actor of this.entries(ActorSchema, actors, 'actor', file, `${prefix}.actors`)) {
      this.actors.set(actor.id, actor);
      this.dataset.actors.push(this.tag(actor));
    }
  }

  /** One story: its header, then each article, response and event checked on its own. */
  addStory(raw: unknown, file: string, prefix: string, frame: typeof StoryBodyFrame | typeof StoryFileFrame = StoryBodyFrame) {
    const body = this.parse(frame, raw, file, prefix);
    if (!body) return;
    const storyId = body.story.id;
    if (!this.claim(storyId, 'story', file, `${prefix}.story`)) return;
    const story: StoryEntry = this.tag({ ...body.story, articles: [], responses: [], events: [] });
    body.articles.forEach((rawArticle, i) => {
      const path = `${prefix}.articles[${i}]`;
      const article = this.entry(ArticleSchema, rawArticle, 'article', file, path);
      if (!article) {
        // Its claims may be answered elsewhere; knowing their ids keeps those references quiet.
        for (const claim of rawList(rawArticle, 'claims')) this.markInvalid(claim, 'claim');
        return;
      }
      article.claims.forEach((claim, j) => {
        if (this.claim(claim.id, 'claim', file, `${path}.claims[${j}]`)) this.claimArticle.set(claim.id, article.id);
      });
      this.published.set(article.id, article.published);
      this.storyOf.set(article.id, storyId);
      this.dataset.articles.push(this.tag({ ...article, story: storyId }));
      story.articles.push(article.id);
    });
    for (const response of this.entries(ResponseSchema, body.responses, 'response', file, `${prefix}.responses`)) {
      this.dataset.responses.push(this.tag({ ...response, story: storyId }));
      story.responses.push(response.id);
    }
    for (const event of this.entries(EventSchema, body.events, 'event', file, `${prefix}.events`)) {
      this.dataset.events.push(this.tag({ ...event, story: storyId }));
      story.events.push(event.id);
    }
    if (story.articles.length + story.events.length === 0 && !this.invalid) {
      this.problems.push(warning(file, `${prefix}.story`, `story "${storyId}" has no articles and no events, so it shows nothing`));
    }
    this.dataset.stories.push(story);
  }

  /** Runs the checks that need every file, and returns the dataset only when no error was found. */
  finish(): CompileResult {
    this.checkReferences();
    this.checkDates();
    this.checkUrls();
    const failed = this.problems.some((p) => p.severity === 'error');
    return { dataset: failed ? null : this.dataset, problems: this.problems };
  }

  /** The entries of the list at `path` that pass `entry`, in order. */
  private *entries<S extends z.ZodType<{ id: string }>>(schema: S, list: unknown[], kind: EntryKind, file: string, path: string): Generator<z.infer<S>> {
    for (let i = 0; i < list.length; i++) {
      const entry = this.entry(schema, list[i], kind, file, `${path}[${i}]`);
      if (entry) yield entry;
    }
  }

  /** Checks one entry and claims its id; an invalid entry's id is still noted, so references to it stay quiet. */
  private entry<S extends z.ZodType<{ id: string }>>(schema: S, raw: unknown, kind: EntryKind, file: string, path: string): z.infer<S> | null {
    const entry = this.parse(schema, raw, file, path);
    if (!entry) {
      this.markInvalid(raw, kind);
      return null;
    }
    return this.claim(entry.id, kind, file, path) ? entry : null;
  }

  private markInvalid(raw: unknown, kind: EntryKind) {
    const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && !this.known.has(id)) this.known.set(id, { kind, invalid: true });
  }

  private tag<T extends object>(entry: T): T {
    return this.options.pack ? { ...entry, pack: this.options.pack } : entry;
  }

  private claim(id: string, kind: EntryKind, file: string, path: string): boolean {
    const earlier = this.known.get(id);
    if (earlier?.installedIn) {
      const reason = this.options.pack
        ? `"${id}" is already an entry (${earlier.kind}) of ${earlier.installedIn}; a pack cannot override it — choose another id`
        : `"${id}" is already an entry (${earlier.kind}) of ${earlier.installedIn}`;
      this.problems.push(error(file, `${path}.id`, reason));
      return false;
    }
    // An id first seen on an invalid entry is free for a valid one.
    if (earlier && !earlier.invalid) {
      const at = earlier.where!;
      this.problems.push(error(file, `${path}.id`, `duplicate id "${id}", already used at ${at.file} ${at.path}`));
      return false;
    }
    this.known.set(id, { kind, where: { file, path } });
    return true;
  }

  /** Reports a problem at an entry's field, found through the entry's id. */
  private at(owner: string, field: string, message: string, severity: DatasetProblem['severity'] = 'error') {
    const where = this.known.get(owner)?.where;
    this.problems.push({ file: where?.file ?? '?', path: `${where?.path ?? '$'}${field ? `.${field}` : ''}`, message, severity });
  }

  private checkReferences() {
    const used = new Set<string>();
    const expect = (wanted: EntryKind | 'person' | 'organisation', id: string | undefined, owner: string, field: string) => {
      if (id === undefined) return;
      used.add(id);
      const known = this.known.get(id);
      const kind = wanted === 'person' || wanted === 'organisation' ? 'actor' : wanted;
      if (known?.invalid) return;
      if (!known) {
        this.at(owner, field, `refers to ${wanted} "${id}", which does not exist`);
      } else if (known.kind !== kind) {
        this.at(owner, field, `refers to ${wanted} "${id}", but "${id}" is ${article(known.kind)}`);
      } else if (wanted !== kind && this.actors.get(id)?.kind !== wanted) {
        this.at(owner, field, `refers to ${wanted} "${id}", but "${id}" is ${article(this.actors.get(id)!.kind)}`);
      }
    };

    for (const actor of this.dataset.actors) {
      actor.roles.forEach((role, i) => expect('organisation', role.organisation, actor.id, `roles[${i}].organisation`));
    }
    for (const a of this.dataset.articles) {
      expect('outlet', a.outlet, a.id, 'outlet');
      a.claims.forEach((c, i) => expect('actor', c.by, a.id, `claims[${i}].by`));
    }
    for (const r of this.dataset.responses) {
      expect('person', r.person, r.id, 'person');
      expect('organisation', r.organisation, r.id, 'organisation');
      expect('article', r.respondsTo.article, r.id, 'respondsTo.article');
      expect('claim', r.respondsTo.claim, r.id, 'respondsTo.claim');
      expect('article', r.publishedAs, r.id, 'publishedAs');
      const claimArticle = r.respondsTo.claim ? this.claimArticle.get(r.respondsTo.claim) : undefined;
      if (r.respondsTo.article && claimArticle && claimArticle !== r.respondsTo.article) {
        this.at(r.id, 'respondsTo.claim', `claim "${r.respondsTo.claim}" belongs to article "${claimArticle}", not to "${r.respondsTo.article}"`);
      }
      if (r.publishedAs && r.publishedAs === r.respondsTo.article) {
        this.at(r.id, 'respondsTo.article', 'a response cannot answer the article it is published as');
      }
      const person = r.person ? this.actors.get(r.person) : undefined;
      if (person?.kind === 'person' && r.role && !person.roles.some((role) => role.organisation === r.organisation)) {
        this.at(r.id, 'role', `"${person.id}" has no role at "${r.organisation}" in the actors list`, 'warning');
      }
    }
    for (const e of this.dataset.events) {
      e.actors.forEach((a, i) => expect('actor', a, e.id, `actors[${i}]`));
      expect('article', e.article, e.id, 'article');
      const articleStory = e.article ? this.storyOf.get(e.article) : undefined;
      if (articleStory && articleStory !== e.story) {
        this.at(e.id, 'article', `the event is article "${e.article}", which belongs to story "${articleStory}", not "${e.story}"`);
      }
    }

    if (this.invalid) return;
    for (const entry of [...this.dataset.outlets, ...this.dataset.actors]) {
      if (!used.has(entry.id)) this.at(entry.id, '', `"${entry.id}" is never referred to`, 'warning');
    }
  }

  private checkDates() {
    const notFuture = (date: string | undefined, owner: string, field: string) => {
      // A year or month that has begun is not in the future; only a date whose first day is after today is.
      if (date && earliestDay(date) > this.today) this.at(owner, field, `${date} is in the future`);
    };
    const sources = (list: Source[], owner: string) => list.forEach((s, i) => notFuture(s.date, owner, `sources[${i}].date`));

    for (const o of this.dataset.outlets) sources(o.sources, o.id);
    for (const a of this.dataset.actors) {
      sources(a.sources, a.id);
      a.roles.forEach((role, i) => notFuture(role.since, a.id, `roles[${i}].since`));
    }
    for (const a of this.dataset.articles) (notFuture(a.published, a.id, 'published'), sources(a.sources, a.id));
    for (const e of this.dataset.events) {
      notFuture(e.date, e.id, 'date');
      sources(e.sources, e.id);
      const published = e.article ? this.published.get(e.article) : undefined;
      if (published && !mayCoincide(e.date, published)) {
        this.at(e.id, 'date', `the event is article "${e.article}", published ${published}, but is dated ${e.date}`);
      }
    }
    for (const r of this.dataset.responses) {
      notFuture(r.date, r.id, 'date');
      sources(r.sources, r.id);
      const targetId = r.respondsTo.article ?? (r.respondsTo.claim ? this.claimArticle.get(r.respondsTo.claim) : undefined);
      const target = targetId ? this.published.get(targetId) : undefined;
      if (target && certainlyBefore(r.date, target)) {
        this.at(r.id, 'date', `the response (${r.date}) is dated before what it answers, "${targetId}" (${target})`);
      }
      const carrier = r.publishedAs ? this.published.get(r.publishedAs) : undefined;
      if (carrier && !mayCoincide(r.date, carrier)) {
        this.at(r.id, 'date', `the response is published as "${r.publishedAs}" (${carrier}) but is dated ${r.date}`);
      }
      const person = r.person ? this.actors.get(r.person) : undefined;
      const roles = person?.roles.filter((role) => role.organisation === r.organisation && role.since) ?? [];
      if (roles.length > 0 && roles.every((role) => certainlyBefore(r.date, role.since!))) {
        this.at(r.id, 'date', `the response (${r.date}) is dated before "${person!.id}" took the role at "${r.organisation}" (${roles[0]!.since})`);
      }
    }
  }

  private checkUrls() {
    const seen = new Map<string, string>();
    for (const a of this.dataset.articles) {
      if (a.outletArticleId && a.url && !a.url.includes(a.outletArticleId)) {
        this.at(a.id, 'outletArticleId', `"${a.outletArticleId}" does not appear in the article's URL`);
      }
      if (!a.url) continue;
      const key = urlKey(a.url);
      const installed = this.installedUrls.get(key);
      const earlier = seen.get(key);
      if (installed) this.at(a.id, 'url', `URL already belongs to article "${installed.id}" of ${installed.label}`);
      else if (earlier) this.at(a.id, 'url', `URL already belongs to article "${earlier}"`);
      else seen.set(key, a.id);
      const outlet = this.outlets.get(a.outlet);
      const host = new URL(a.url).hostname.toLowerCase();
      if (outlet && !outlet.domains.some((d) => host === d || host.endsWith(`.${d}`))) {
        this.at(a.id, 'url', `the URL's host ${host} is not one of outlet "${outlet.id}"'s domains (${outlet.domains.join(', ')})`);
      }
    }

    const domains = new Map<string, string>();
    for (const o of this.dataset.outlets) {
      o.domains.forEach((domain, i) => {
        const installed = this.installedDomains.get(domain);
        const earlier = domains.get(domain);
        if (installed) this.at(o.id, `domains[${i}]`, `domain ${domain} already belongs to outlet "${installed.id}" of ${installed.label}`);
        else if (earlier) this.at(o.id, `domains[${i}]`, `domain ${domain} already belongs to outlet "${earlier}"`);
        else domains.set(domain, o.id);
      });
    }

    const entries: { id: string; sources: Source[] }[] = [
      ...this.dataset.outlets,
      ...this.dataset.actors,
      ...this.dataset.articles,
      ...this.dataset.responses,
      ...this.dataset.events,
    ];
    for (const entry of entries) {
      const urls = new Set<string>();
      entry.sources.forEach((source, i) => {
        const key = source.url ? urlKey(source.url) : null;
        if (!key) return;
        if (urls.has(key)) this.at(entry.id, `sources[${i}].url`, 'the same source is listed twice', 'warning');
        urls.add(key);
      });
    }
  }
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys' && !issue.message.includes('"')) return `${issue.message}: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

function rawList(raw: unknown, key: string): unknown[] {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value : [];
}

/** A JSONPath such as `$.stories[0]["odd key"]`; a quoted key is cut at 100 characters, so a hostile one cannot flood a message. */
export function jsonPath(path: PropertyKey[]): string {
  return '$' + path.map((key) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key).slice(0, 100))}]`)).join('');
}

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

export function error(file: string, path: string, message: string): DatasetProblem {
  return { file, path, message, severity: 'error' };
}

function warning(file: string, path: string, message: string): DatasetProblem {
  return { file, path, message, severity: 'warning' };
}
