import { dayNumber } from '../dataset/dates';
import type { Dataset } from '../dataset/types';
import { siteForHost } from '../sites';
import { normalizeUrl, outletArticleId } from '../url';
import { packSections, Sections, type SectionData } from '../search/binary';
import { Bm25Index, buildBm25, type FieldText } from '../search/bm25';
import { buildTable, Table } from '../search/table';
import { processTerm, splitWords } from '../search/text';
import { normalizeHeadline } from './headline';

/**
 * The matching artefact: every dataset entry as a JSON record decoded only when a page needs it,
 * a key table (URL, outlet article id, headline, domain, links between entries) and a BM25 index over
 * the entries' text. Built once per build for the bundled dataset, and once per import for a pack.
 */

export type RecordKind = 'outlet' | 'actor' | 'story' | 'article' | 'response' | 'event';
const KINDS: RecordKind[] = ['outlet', 'actor', 'story', 'article', 'response', 'event'];

type DatasetArticle = Dataset['articles'][number];
type DatasetResponse = Dataset['responses'][number];
type DatasetEvent = Dataset['events'][number];
type DatasetStory = Dataset['stories'][number];

/** A story record carries the span of its dated entries, for the date signal of topical matching. */
export type StoryRecord = DatasetStory & { span: [string, string] | null };

export interface RecordTypes {
  outlet: Dataset['outlets'][number];
  actor: Dataset['actors'][number];
  story: StoryRecord;
  article: DatasetArticle;
  response: DatasetResponse;
  event: DatasetEvent;
}

const CHUNK_BYTES = 64 * 1024;
const MAX_CACHED_CHUNKS = 128;
const MAX_DECODED = 20_000;

const FIELD_WEIGHT = { title: 3, actors: 2, topics: 2, summary: 1 };

/** The split artefact: the index file, and the records in chunks fetched only when a page needs them. */
export interface ArtefactParts {
  index: Uint8Array;
  chunks: Uint8Array[];
  /** The same artefact as one file. */
  single(): Uint8Array;
}

export function buildArtefactParts(dataset: Dataset): ArtefactParts {
  const records: unknown[] = [];
  const kinds: number[] = [];
  const recordOf = new Map<string, number>();
  const add = (kind: RecordKind, entry: { id: string }) => {
    recordOf.set(entry.id, records.length);
    records.push(entry);
    kinds.push(KINDS.indexOf(kind));
    return records.length - 1;
  };

  const spans = new Map<string, [string, string]>();
  const widen = (story: string, date: string) => {
    const span = spans.get(story);
    if (!span) spans.set(story, [date, date]);
    else {
      if (date < span[0]) span[0] = date;
      if (date > span[1]) span[1] = date;
    }
  };
  for (const a of dataset.articles) widen(a.story, a.published);
  for (const r of dataset.responses) widen(r.story, r.date);
  for (const e of dataset.events) widen(e.story, e.date);

  // Records are stored story by story, so one page's context usually lies in one chunk.
  dataset.outlets.forEach((o) => add('outlet', o));
  dataset.actors.forEach((a) => add('actor', a));
  const byStory = new Map<string, { articles: DatasetArticle[]; responses: DatasetResponse[]; events: DatasetEvent[] }>();
  const group = (story: string) => {
    let g = byStory.get(story);
    if (!g) byStory.set(story, (g = { articles: [], responses: [], events: [] }));
    return g;
  };
  dataset.articles.forEach((a) => group(a.story).articles.push(a));
  dataset.responses.forEach((r) => group(r.story).responses.push(r));
  dataset.events.forEach((e) => group(e.story).events.push(e));
  for (const s of dataset.stories) {
    add('story', { ...s, span: spans.get(s.id) ?? null } as StoryRecord);
    const g = group(s.id);
    g.articles.forEach((a) => add('article', a));
    g.responses.forEach((r) => add('response', r));
    g.events.forEach((e) => add('event', e));
  }

  const keys = new Map<string, number[]>();
  const key = (k: string, record: number | undefined) => {
    if (record === undefined) return;
    const list = keys.get(k);
    if (!list) keys.set(k, [record]);
    else if (!list.includes(record)) list.push(record);
  };
  for (const [id, record] of recordOf) key(`id:${id}`, record);
  for (const outlet of dataset.outlets) {
    for (const domain of outlet.domains) key(`dom:${domain}`, recordOf.get(outlet.id));
    // Outlet names say who reported ("ifølge VG"), not what about: topical queries leave them out.
    for (const word of splitWords(outlet.name)) {
      const term = processTerm(word);
      if (term) key(`attr:${term}`, recordOf.get(outlet.id));
    }
  }
  for (const actor of dataset.actors) {
    for (const name of [actor.name, ...actor.aliases]) key(`act:${normalizeHeadline(name)}`, recordOf.get(actor.id));
  }
  const siteIdsOf = new Map(
    dataset.outlets.map((o) => [o.id, [...new Set(o.domains.map((d) => siteForHost(d)?.id).filter((id): id is string => !!id))]]),
  );
  for (const article of dataset.articles) {
    const record = recordOf.get(article.id);
    if (article.url) {
      const url = normalizeUrl(article.url);
      if (url) key(`url:${url}`, record);
      const id = outletArticleId(article.url);
      if (id) key(`oid:${id}`, record);
    }
    // Newer datasets may give the outlet's own article number for an article known without a URL.
    if (article.outletArticleId) {
      for (const site of siteIdsOf.get(article.outlet) ?? []) key(`oid:${site}:${article.outletArticleId}`, record);
    }
    if (article.headline) key(`hl:${article.outlet} ${normalizeHeadline(article.headline)}`, record);
    for (const claim of article.claims) key(`claim:${claim.id}`, record);
  }
  for (const response of dataset.responses) {
    const record = recordOf.get(response.id);
    if (response.respondsTo.article) key(`resp:${response.respondsTo.article}`, record);
    if (response.publishedAs) key(`resp:${response.publishedAs}`, record);
  }
  for (const event of dataset.events) {
    // By story as well as in the story's own list, so a pack's events join a bundled story's timeline.
    key(`sev:${event.story}`, recordOf.get(event.id));
    for (const source of event.sources) {
      const url = source.url ? normalizeUrl(source.url) : null;
      if (url) key(`src:${url}`, recordOf.get(event.id));
    }
  }

  const docs = searchDocuments(dataset);
  const docRecord = docs.map((d) => recordOf.get(d.id)!);
  const docStory = docs.map((d) => recordOf.get(d.story) ?? 0xffffffff);
  const docDate = docs.map((d) => (d.date ? dayNumber(d.date) : -1));
  const docOutlet = docs.map((d) => (d.outlet ? (recordOf.get(d.outlet) ?? -1) : -1));

  const encoder = new TextEncoder();
  const encoded = records.map((r) => encoder.encode(JSON.stringify(r)));
  const recordOffsets = new Uint32Array(encoded.length + 1);
  encoded.forEach((bytes, i) => (recordOffsets[i + 1] = recordOffsets[i]! + bytes.length));
  const chunkStarts = [0];
  encoded.forEach((_bytes, i) => {
    if (recordOffsets[i + 1]! - chunkStarts[chunkStarts.length - 1]! >= CHUNK_BYTES && i + 1 < encoded.length) chunkStarts.push(recordOffsets[i + 1]!);
  });
  chunkStarts.push(recordOffsets[encoded.length]!);
  const blob = new Uint8Array(recordOffsets[encoded.length]!);
  encoded.forEach((bytes, i) => blob.set(bytes, recordOffsets[i]!));
  const chunks = chunkStarts.slice(0, -1).map((start, i) => blob.slice(start, chunkStarts[i + 1]));

  const sections: Record<string, SectionData> = {
    'records.offsets': recordOffsets,
    'records.chunks': Uint32Array.from(chunkStarts),
    'records.kinds': Uint8Array.from(kinds),
    ...buildTable('keys', keys),
    ...buildBm25('text', docs.map(fieldTexts)),
    'docs.record': Uint32Array.from(docRecord),
    'docs.story': Uint32Array.from(docStory),
    'docs.date': Int32Array.from(docDate),
    'docs.outlet': Int32Array.from(docOutlet),
  };
  return { index: packSections(sections), chunks, single: () => packSections({ ...sections, 'records.blob': blob }) };
}

/**
 * The artefact in one file: index and records together. For packs (kept whole in IndexedDB), tests
 * and the command line.
 */
export function buildArtefact(dataset: Dataset): Uint8Array {
  return buildArtefactParts(dataset).single();
}

export type SearchField = keyof typeof FIELD_WEIGHT;
export const SEARCH_FIELDS = Object.keys(FIELD_WEIGHT) as SearchField[];
export const SEARCH_FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = FIELD_WEIGHT;

/** One searchable entry: the text the BM25 index (and the benchmark's MiniSearch) sees, by field. */
export interface SearchDocument {
  id: string;
  kind: 'story' | 'article' | 'response' | 'event';
  story: string;
  date: string | null;
  outlet: string | null;
  fields: Record<SearchField, string>;
}

/** Stories, articles, responses and events, in the order of the index's document numbers. */
export function searchDocuments(dataset: Dataset): SearchDocument[] {
  const actorById = new Map(dataset.actors.map((a) => [a.id, a]));
  const actorNames = (ids: (string | undefined)[]) =>
    ids
      .flatMap((id) => (id ? (actorById.get(id) ?? []) : []))
      .map((a) => [a.name, ...a.aliases].join(' · '))
      .join(' · ');
  const docs: SearchDocument[] = [];
  for (const s of dataset.stories) {
    docs.push({ id: s.id, kind: 'story', story: s.id, date: null, outlet: null, fields: { title: s.title, summary: s.summary, actors: '', topics: s.topics.join(' · ') } });
  }
  for (const a of dataset.articles) {
    docs.push({
      id: a.id,
      kind: 'article',
      story: a.story,
      date: a.published,
      outlet: a.outlet,
      fields: {
        title: a.headline ?? '',
        summary: [a.summary, ...a.claims.map((c) => c.text)].join(' '),
        actors: actorNames(a.claims.map((c) => c.by)),
        topics: a.topics.join(' · '),
      },
    });
  }
  for (const r of dataset.responses) {
    docs.push({
      id: r.id,
      kind: 'response',
      story: r.story,
      date: r.date,
      outlet: null,
      fields: { title: '', summary: [r.summary, r.quote ?? ''].join(' '), actors: actorNames([r.person, r.organisation]), topics: '' },
    });
  }
  for (const e of dataset.events) {
    docs.push({
      id: e.id,
      kind: 'event',
      story: e.story,
      date: e.date,
      outlet: null,
      fields: { title: e.title, summary: e.description, actors: actorNames(e.actors), topics: e.topics.join(' · ') },
    });
  }
  return docs;
}

function fieldTexts(doc: SearchDocument): FieldText[] {
  return SEARCH_FIELDS.map((field) => ({ text: doc.fields[field], weight: FIELD_WEIGHT[field] }));
}

/** Reads record chunk `n` of a split artefact (the extension fetches `records-<n>.bin`). */
export type ChunkLoader = (chunk: number) => Uint8Array | ArrayBuffer | Promise<Uint8Array | ArrayBuffer>;

/** An opened artefact. Opening reads only the section directory; records are decoded when asked for. */
export class MatchIndex {
  readonly keys: Table;
  readonly text: Bm25Index;
  readonly docRecord: Uint32Array;
  readonly docStory: Uint32Array;
  readonly docDate: Int32Array;
  readonly docOutlet: Int32Array;
  private readonly recordOffsets: Uint32Array;
  private readonly chunkStarts: Uint32Array;
  private readonly recordKinds: Uint8Array;
  private readonly loadChunk: ChunkLoader;
  private readonly chunks = new Map<number, Uint8Array>();
  private readonly decoded = new Map<number, unknown>();
  private readonly decoder = new TextDecoder();

  /** `loadChunk` is needed for a split artefact; a single-file one carries its records. */
  constructor(bytes: ArrayBuffer | Uint8Array, loadChunk?: ChunkLoader) {
    const sections = new Sections(bytes);
    this.recordOffsets = sections.u32('records.offsets');
    this.chunkStarts = sections.u32('records.chunks');
    this.recordKinds = sections.u8('records.kinds');
    this.keys = new Table(sections, 'keys');
    this.text = new Bm25Index(sections, 'text');
    this.docRecord = sections.u32('docs.record');
    this.docStory = sections.u32('docs.story');
    this.docDate = sections.i32('docs.date');
    this.docOutlet = sections.i32('docs.outlet');
    if (sections.has('records.blob')) {
      const blob = sections.u8('records.blob');
      this.loadChunk = (n) => blob.subarray(this.chunkStarts[n]!, this.chunkStarts[n + 1]!);
    } else if (loadChunk) {
      this.loadChunk = loadChunk;
    } else {
      throw new Error('This index artefact keeps its records apart: give a chunk loader.');
    }
  }

  get recordCount(): number {
    return this.recordKinds.length;
  }

  get chunkCount(): number {
    return this.chunkStarts.length - 1;
  }

  kindOf(record: number): RecordKind {
    return KINDS[this.recordKinds[record]!]!;
  }

  private chunkOf(record: number): number {
    const offset = this.recordOffsets[record]!;
    let lo = 0;
    let hi = this.chunkCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.chunkStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Makes the records readable, loading the chunks that hold them. */
  async ensure(records: Iterable<number>): Promise<void> {
    const missing = new Set<number>();
    for (const record of records) {
      if (record < this.recordCount && !this.decoded.has(record)) {
        const chunk = this.chunkOf(record);
        if (!this.chunks.has(chunk)) missing.add(chunk);
      }
    }
    await Promise.all(
      [...missing].map(async (chunk) => {
        const data = await this.loadChunk(chunk);
        const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
        if (bytes.byteLength !== this.chunkStarts[chunk + 1]! - this.chunkStarts[chunk]!) {
          throw new Error(`Record chunk ${chunk} does not belong to this index.`);
        }
        // A bounded cache: a long-lived worker does not end up holding every chunk.
        if (this.chunks.size >= MAX_CACHED_CHUNKS) this.chunks.delete(this.chunks.keys().next().value!);
        this.chunks.set(chunk, bytes);
      }),
    );
  }

  /** A record already made readable by `ensure`, or null when it is not of the kind asked for. */
  record<K extends RecordKind>(record: number, kind: K): RecordTypes[K] | null {
    if (record >= this.recordCount || this.kindOf(record) !== kind) return null;
    let value = this.decoded.get(record);
    if (value === undefined) {
      const chunk = this.chunkOf(record);
      const bytes = this.chunks.get(chunk);
      if (!bytes) throw new Error(`Record ${record} was read before its chunk was loaded.`);
      const start = this.recordOffsets[record]! - this.chunkStarts[chunk]!;
      const end = this.recordOffsets[record + 1]! - this.chunkStarts[chunk]!;
      value = JSON.parse(this.decoder.decode(bytes.subarray(start, end)));
      if (this.decoded.size >= MAX_DECODED) this.decoded.clear();
      this.decoded.set(record, value);
    }
    return value as RecordTypes[K];
  }

  /** Records under a key, of the kind asked for. */
  lookup<K extends RecordKind>(key: string, kind: K): Promise<RecordTypes[K][]> {
    return this.recordsOf(this.keys.get(key) ?? [], kind);
  }

  /**
   * The records of the kind asked for among `records` (as `keys.get` gives them), loading their chunks.
   * With `keys.get`, a caller that tries many keys skips the missing ones without waiting.
   */
  async recordsOf<K extends RecordKind>(records: Uint32Array | readonly number[], kind: K): Promise<RecordTypes[K][]> {
    if (!records.length) return [];
    await this.ensure(records);
    const out: RecordTypes[K][] = [];
    for (const record of records) {
      const value = this.record(record, kind);
      if (value) out.push(value);
    }
    return out;
  }

  async byId<K extends RecordKind>(id: string, kind: K): Promise<RecordTypes[K] | null> {
    return (await this.lookup(`id:${id}`, kind))[0] ?? null;
  }
}
