import { dayNumber, lastDayNumber } from '../dataset/dates';
import type { ArticleSnapshot } from '../snapshot';
import { rarestTerms, type QueryTerm } from '../search/bm25';
import { processTerm, splitWords } from '../search/text';
import { siteForHost } from '../sites';
import { normalizeUrl, outletArticleId, parseUrl } from '../url';
import { buildArtefact, MatchIndex, type ChunkLoader, type RecordTypes } from './artefact';
import {
  EMPTY_CONTEXT,
  type ContextResult,
  type LinkedArticleView,
  type MatchedArticle,
  type MatchLayer,
  type MatchReason,
  type MatchWhy,
  type RelatedStoryView,
  type ResponseView,
  type TimelineItem,
} from './context';
import { entryView } from './entry-view';
import { normalizeHeadline } from './headline';

export type { ContextResult } from './context';
export { buildArtefact, buildArtefactParts, MatchIndex, type ArtefactParts, type ChunkLoader } from './artefact';

/** Where the build puts the bundled index inside the extension; record chunk n is `recordChunkPath(n)`. */
export const INDEX_PATH = '/match/index.bin';
export const recordChunkPath = (chunk: number) => `/match/records-${chunk}.bin`;

type Article = RecordTypes['article'];
type Indices = MatchIndex | readonly MatchIndex[];

/** Builds an in-memory index straight from a dataset (tests, the CLI, a pack being imported). */
export function buildIndex(dataset: Parameters<typeof buildArtefact>[0]): MatchIndex {
  return new MatchIndex(buildArtefact(dataset));
}

/**
 * Opens an artefact: reads the section directory and nothing else. A single-file artefact
 * (`buildArtefact`) carries its records; a split one (`buildArtefactParts`) needs `loadChunk`.
 */
export function loadIndex(bytes: ArrayBuffer | Uint8Array, loadChunk?: ChunkLoader): MatchIndex {
  return new MatchIndex(bytes, loadChunk);
}

export interface MatchOptions {
  /** Most related stories returned. */
  relatedLimit?: number;
  /** Below this, a topical hit is not shown at all. */
  minRelatedConfidence?: number;
}

const IDENTIFIED: Record<Exclude<MatchLayer, 'topical' | 'none'>, number> = {
  url: 1,
  'outlet-id': 0.99,
  headline: 0.95,
  'cited-source': 0.9,
};
const REASON: Record<'url' | 'outlet-id' | 'headline', MatchReason> = {
  url: 'same-url',
  'outlet-id': 'same-article-id',
  headline: 'same-headline',
};
// Calibrated on tests/match-eval: a topical hit needs several informative shared words to be shown at all.
export const MIN_RELATED_CONFIDENCE = 0.5;
const MIN_SHARED_TERMS = 3;
/** Evidence (sum of normalised idf) at which confidence reaches 1 − 1/e. */
const EVIDENCE_SCALE = 2.5;
/** Topical confidence stays below every identifying layer. */
const MAX_TOPICAL_CONFIDENCE = 0.85;

/**
 * Finds the context of a page, strongest evidence first: the same URL, the outlet's article id, the
 * headline within the same outlet, the page being a cited source of a timeline event. Stories that only
 * share words are returned apart, in `related`, and never as responses. Several indices (the bundled
 * one first, then packs) are searched as one.
 */
export async function matchSnapshot(indices: Indices, snapshot: ArticleSnapshot, options: MatchOptions = {}): Promise<ContextResult> {
  if (!snapshot.isArticle) return EMPTY_CONTEXT;
  const list = Array.isArray(indices) ? (indices as readonly MatchIndex[]) : [indices as MatchIndex];
  const context = (await identify(new IndexSet(list), snapshot)) ?? EMPTY_CONTEXT;
  const exclude = new Set(context.stories.map((s) => s.id));
  const related = await relatedStories(list, snapshot, exclude, options);
  return { ...context, related };
}

async function identify(index: IndexSet, snapshot: ArticleSnapshot): Promise<ContextResult | null> {
  const urls = [...new Set([normalizeUrl(snapshot.canonicalUrl), normalizeUrl(snapshot.pageUrl)].filter((u): u is string => !!u))];
  for (const url of urls) {
    const article = (await index.lookup(`url:${url}`, 'article'))[0];
    if (article) return await articleContext(index, article, 'url');
  }
  const ids = [snapshot.outletArticleId, ...urls.map(outletArticleId)].filter((id): id is string => !!id);
  for (const id of new Set(ids)) {
    const article = (await index.lookup(`oid:${id}`, 'article'))[0];
    if (article) return await articleContext(index, article, 'outlet-id');
  }
  const outlet = await outletOf(index, urls);
  if (outlet && snapshot.headline) {
    const article = (await index.lookup(`hl:${outlet.id} ${normalizeHeadline(snapshot.headline)}`, 'article'))[0];
    if (article) return await articleContext(index, article, 'headline');
  }
  // A page cited as the source of a timeline event belongs to that story if it is a news article (an
  // outlet's, or a site Tilsvar reads): a ministry page cited for a national date says nothing about
  // one town's story.
  if (outlet || urls.some((url) => siteForHost(parseUrl(url)?.hostname ?? ''))) {
    for (const url of urls) {
      const events = await index.lookup(`src:${url}`, 'event');
      if (events.length) return await citedSourceContext(index, events);
    }
  }
  return null;
}

async function outletOf(index: IndexSet | MatchIndex, urls: string[]): Promise<RecordTypes['outlet'] | null> {
  for (const url of urls) {
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      continue;
    }
    const parts = host.split('.');
    for (let i = 0; i < parts.length - 1; i++) {
      const outlet = (await index.lookup(`dom:${parts.slice(i).join('.')}`, 'outlet'))[0];
      if (outlet) return outlet;
    }
  }
  return null;
}

/** Several indices (bundled, packs) read as one: a pack may add responses or events to a bundled story. */
class IndexSet {
  constructor(readonly indices: readonly MatchIndex[]) {}

  async lookup<K extends keyof RecordTypes>(key: string, kind: K): Promise<RecordTypes[K][]> {
    const out: RecordTypes[K][] = [];
    const seen = new Set<string>();
    for (const index of this.indices) {
      const found = index.keys.get(key);
      if (!found) continue;
      for (const record of await index.recordsOf(found, kind)) {
        if (!seen.has(record.id)) (seen.add(record.id), out.push(record));
      }
    }
    return out;
  }

  async byId<K extends keyof RecordTypes>(id: string, kind: K): Promise<RecordTypes[K] | null> {
    for (const index of this.indices) {
      const found = await index.byId(id, kind);
      if (found) return found;
    }
    return null;
  }
}

function why(layer: MatchLayer): MatchWhy {
  return { layer, confidence: layer === 'topical' || layer === 'none' ? 0 : IDENTIFIED[layer], terms: [], actors: [] };
}

async function articleContext(index: IndexSet, article: Article, layer: 'url' | 'outlet-id' | 'headline'): Promise<ContextResult> {
  const match = why(layer);
  const responses = (await index.lookup(`resp:${article.id}`, 'response'));
  const links: LinkedArticleView[] = [];
  const views: ResponseView[] = [];
  for (const r of responses) {
    const target = r.respondsTo.article ? await index.byId(r.respondsTo.article, 'article') : null;
    const claimHolder = target ?? (r.respondsTo.claim ? (await index.lookup(`claim:${r.respondsTo.claim}`, 'article'))[0] : undefined);
    const claim = claimHolder?.claims.find((c) => c.id === r.respondsTo.claim);
    if (r.publishedAs === article.id && target && target.id !== article.id) links.push(await linkView(index, 'answers', r.id, target));
    if (r.respondsTo.article === article.id && r.publishedAs && r.publishedAs !== article.id) {
      const answer = await index.byId(r.publishedAs, 'article');
      if (answer) links.push(await linkView(index, 'answered-by', r.id, answer));
    }
    views.push({
      id: r.id,
      personName: r.person ? ((await index.byId(r.person, 'actor'))?.name ?? null) : null,
      role: r.role ?? null,
      organisationName: (await index.byId(r.organisation, 'actor'))?.name ?? r.organisation,
      date: r.date,
      channel: r.channel,
      stance: r.stance,
      summary: r.summary,
      quote: r.quote ?? null,
      relation: r.publishedAs === article.id ? 'this-page' : 'answers-this-article',
      respondsTo: {
        headline: target ? (target.headline ?? null) : null,
        outletName: target ? ((await index.byId(target.outlet, 'outlet'))?.name ?? null) : null,
        date: target?.published ?? null,
        url: target?.url ?? null,
        claim: claim?.text ?? null,
      },
      sources: r.sources,
      why: match,
    });
  }
  const matched: MatchedArticle = {
    id: article.id,
    headline: article.headline ?? null,
    outletName: (await index.byId(article.outlet, 'outlet'))?.name ?? null,
    published: article.published,
    genre: article.genre,
    matchedBy: REASON[layer],
  };
  const { stories, timeline } = await storyContext(index, [article.story], (e) => e.article === article.id);
  return { article: matched, responses: views, stories, timeline, match, links, related: [] };
}

async function citedSourceContext(index: IndexSet, events: RecordTypes['event'][]): Promise<ContextResult> {
  const cited = new Set(events.map((e) => e.id));
  const { stories, timeline } = await storyContext(index, [...new Set(events.map((e) => e.story))], (e) => cited.has(e.id));
  return { ...EMPTY_CONTEXT, stories, timeline, match: why('cited-source') };
}

async function storyContext(index: IndexSet, storyIds: string[], current: (event: RecordTypes['event']) => boolean) {
  const stories: ContextResult['stories'] = [];
  const timeline: TimelineItem[] = [];
  for (const id of storyIds) {
    const story = await index.byId(id, 'story');
    if (!story) continue;
    stories.push({ id: story.id, title: story.title, summary: story.summary });
    for (const e of await index.lookup(`sev:${story.id}`, 'event')) {
      timeline.push({
        id: e.id,
        date: e.date,
        dateNote: e.dateNote ?? null,
        title: e.title,
        description: e.description,
        current: current(e),
        sources: e.sources,
      });
    }
  }
  timeline.sort((a, b) => a.date.localeCompare(b.date));
  return { stories, timeline };
}

async function linkView(index: IndexSet, relation: LinkedArticleView['relation'], responseId: string, article: Article): Promise<LinkedArticleView> {
  return {
    relation,
    responseId,
    id: article.id,
    headline: article.headline ?? null,
    summary: article.summary,
    outletName: (await index.byId(article.outlet, 'outlet'))?.name ?? null,
    published: article.published,
    url: article.url ?? null,
    genre: article.genre,
  };
}

export interface TopicalQuery {
  text: string;
  /** The page's publication date, ISO; weighs stories by how close their span is. */
  published?: string | null;
  /** Normalised URLs of the page: its outlet counts a little. */
  urls?: string[];
}

/** A story found by words alone, with the evidence. */
export interface TopicalHit {
  index: MatchIndex;
  storyId: string;
  score: number;
  confidence: number;
  terms: string[];
  actors: string[];
  docs: number[];
}

/**
 * BM25 over every index at once, grouped by story, with the actor, date and outlet signals applied.
 * Hits below the confidence floor are dropped: they would be noise even as "possibly related".
 */
export async function searchAll(indices: readonly MatchIndex[], query: TopicalQuery, options: MatchOptions = {}): Promise<TopicalHit[]> {
  const minConfidence = options.minRelatedConfidence ?? MIN_RELATED_CONFIDENCE;
  const words = new Map<string, string>();
  for (const word of splitWords(query.text)) {
    const term = processTerm(word);
    if (term && !words.has(term)) words.set(term, word);
  }
  if (!words.size) return [];
  const hits: TopicalHit[] = [];
  for (const index of indices) {
    const actors = await actorsNamed(index, query.text);
    const actorOfTerm = new Map<string, string>();
    for (const actor of actors) {
      for (const name of [actor.name, ...actor.aliases]) {
        for (const word of splitWords(name)) {
          const term = processTerm(word);
          if (term && !actorOfTerm.has(term)) actorOfTerm.set(term, `actor:${actor.id}`);
        }
      }
    }
    const boosted = new Set(actorOfTerm.keys());
    let terms: QueryTerm[] = [...words.keys()].map((term) => ({ term, weight: boosted.has(term) ? 2 : 1 }));
    const idf = new Map(terms.map((t) => [t.term, index.text.idf(t.term)]));
    terms = terms.filter((t) => idf.get(t.term)! > 0 && index.keys.find(`attr:${t.term}`) < 0);
    terms = rarestTerms(terms, (term) => idf.get(term)!);
    const maxIdf = Math.log(1 + index.text.docCount);
    const outlet = await outletOf(index, query.urls ?? []);
    const outletRecord = outlet ? index.keys.get(`id:${outlet.id}`)?.[0] : undefined;
    const published = query.published ? dayNumber(query.published.slice(0, 10)) : null;

    const byStory = new Map<number, { score: number; mask: number; docs: number[]; sameOutlet: boolean }>();
    for (const hit of index.text.search(terms, 50)) {
      const story = index.docStory[hit.doc]!;
      const group = byStory.get(story) ?? { score: 0, mask: 0, docs: [], sameOutlet: false };
      group.score = Math.max(group.score, hit.score);
      group.mask |= hit.termMask;
      group.docs.push(hit.doc);
      if (outletRecord !== undefined && index.docOutlet[hit.doc] === outletRecord) group.sameOutlet = true;
      byStory.set(story, group);
    }
    await index.ensure(byStory.keys());
    for (const [storyRecord, group] of byStory) {
      const story = index.record(storyRecord, 'story');
      if (!story) continue;
      const shared = terms.filter((_t, i) => group.mask & (1 << i));
      // The words of one actor's name are one piece of evidence: "Trondheim kommune" is one match, not two.
      const units = new Map<string, number>();
      for (const t of shared) {
        const unit = actorOfTerm.get(t.term) ?? t.term;
        units.set(unit, Math.max(units.get(unit) ?? 0, (t.weight * idf.get(t.term)!) / maxIdf));
      }
      if (units.size < MIN_SHARED_TERMS) continue;
      // Each piece counts by how rare it is in this index, so the scale holds from ten entries to 100,000.
      const evidence = [...units.values()].reduce((a, b) => a + b, 0);
      let confidence = 1 - Math.exp(-evidence / EVIDENCE_SCALE);
      confidence *= dateFactor(published, story.span);
      if (group.sameOutlet) confidence *= 1.05;
      confidence = Math.min(MAX_TOPICAL_CONFIDENCE, confidence);
      if (confidence < minConfidence) continue;
      const sharedSet = new Set(shared.map((t) => t.term));
      hits.push({
        index,
        storyId: story.id,
        score: group.score,
        confidence: Math.round(confidence * 100) / 100,
        terms: shared.map((t) => words.get(t.term)!),
        actors: actors.filter((a) => [a.name, ...a.aliases].some((n) => splitWords(n).some((w) => sharedSet.has(processTerm(w) ?? '')))).map((a) => a.name),
        docs: group.docs,
      });
    }
  }
  return hits.sort((a, b) => b.confidence - a.confidence || b.score - a.score);
}

function dateFactor(published: number | null, span: [string, string] | null): number {
  if (published === null || !span) return 1;
  const start = dayNumber(span[0]);
  const end = lastDayNumber(span[1]);
  if (published < start - 90) return 0.6;
  if (published > end + 3 * 365) return 0.8;
  return 1;
}

/** Actors whose name or alias appears in the text, as whole words. */
async function actorsNamed(index: MatchIndex, text: string): Promise<RecordTypes['actor'][]> {
  const words = normalizeHeadline(text).split(' ').filter(Boolean);
  const found = new Map<string, RecordTypes['actor']>();
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const records = index.keys.get(`act:${words.slice(i, i + n).join(' ')}`);
      if (records) for (const actor of await index.recordsOf(records, 'actor')) found.set(actor.id, actor);
    }
  }
  return [...found.values()];
}

async function relatedStories(indices: readonly MatchIndex[], snapshot: ArticleSnapshot, exclude: Set<string>, options: MatchOptions): Promise<RelatedStoryView[]> {
  const text = [snapshot.headline, snapshot.description].filter(Boolean).join('. ');
  if (!text) return [];
  const urls = [normalizeUrl(snapshot.canonicalUrl), normalizeUrl(snapshot.pageUrl)].filter((u): u is string => !!u);
  const hits = (await searchAll(indices, { text, published: snapshot.published, urls }, options)).filter((h) => !exclude.has(h.storyId));
  const views: RelatedStoryView[] = [];
  for (const hit of hits.slice(0, options.relatedLimit ?? 3)) {
    const story = (await hit.index.byId(hit.storyId, 'story'))!;
    const shown = hit.docs.slice(0, 3).map((doc) => hit.index.docRecord[doc]!);
    await hit.index.ensure(shown);
    views.push({
      id: story.id,
      title: story.title,
      summary: story.summary,
      // A story's own record is listed undated here (the search box shows its first date).
      entries: shown.flatMap((record) => {
        const entry = entryView(hit.index, record);
        return entry ? [{ id: entry.id, kind: entry.kind, title: entry.title, date: entry.kind === 'story' ? null : entry.date }] : [];
      }),
      why: { layer: 'topical', confidence: hit.confidence, terms: hit.terms, actors: hit.actors },
    });
  }
  return views;
}
