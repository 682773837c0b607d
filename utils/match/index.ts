import type { Actor, Article, Dataset, Outlet } from '../dataset/types';
import type { ArticleSnapshot } from '../snapshot';
import { normalizeUrl, outletArticleId } from '../url';
import { EMPTY_CONTEXT, type ContextResult, type MatchReason, type ResponseView, type TimelineItem } from './context';
import { normalizeHeadline } from './headline';

export type { ContextResult } from './context';

type DatasetArticle = Dataset['articles'][number];

/** Lookup tables over a dataset, built once per background start. */
export interface DatasetIndex {
  dataset: Dataset;
  articles: Map<string, DatasetArticle>;
  actors: Map<string, Actor>;
  outlets: Map<string, Outlet>;
  byUrl: Map<string, DatasetArticle>;
  byOutletId: Map<string, DatasetArticle>;
  /** Key: `<outlet id> <normalised headline>`: a headline only identifies an article within its outlet. */
  byHeadline: Map<string, DatasetArticle>;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const index: DatasetIndex = {
    dataset,
    articles: new Map(dataset.articles.map((a) => [a.id, a])),
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    outlets: new Map(dataset.outlets.map((o) => [o.id, o])),
    byUrl: new Map(),
    byOutletId: new Map(),
    byHeadline: new Map(),
  };
  for (const article of dataset.articles) {
    if (article.url) {
      const url = normalizeUrl(article.url);
      if (url) index.byUrl.set(url, article);
      const id = outletArticleId(article.url);
      if (id) index.byOutletId.set(id, article);
    }
    if (article.headline) index.byHeadline.set(`${article.outlet} ${normalizeHeadline(article.headline)}`, article);
  }
  return index;
}

/** Finds the dataset article a page is, strongest evidence first, and gathers its context. */
export function matchSnapshot(index: DatasetIndex, snapshot: ArticleSnapshot): ContextResult {
  if (!snapshot.isArticle) return EMPTY_CONTEXT;
  const found = findArticle(index, snapshot);
  return found ? contextFor(index, found.article, found.reason) : EMPTY_CONTEXT;
}

function findArticle(index: DatasetIndex, snapshot: ArticleSnapshot): { article: DatasetArticle; reason: MatchReason } | null {
  for (const url of [snapshot.canonicalUrl, normalizeUrl(snapshot.pageUrl)]) {
    const article = url ? index.byUrl.get(url) : undefined;
    if (article) return { article, reason: 'same-url' };
  }
  const byId = snapshot.outletArticleId ? index.byOutletId.get(snapshot.outletArticleId) : undefined;
  if (byId) return { article: byId, reason: 'same-article-id' };
  const outlet = outletForUrl(index, snapshot.canonicalUrl) ?? outletForUrl(index, snapshot.pageUrl);
  if (outlet && snapshot.headline) {
    const article = index.byHeadline.get(`${outlet.id} ${normalizeHeadline(snapshot.headline)}`);
    if (article) return { article, reason: 'same-headline' };
  }
  return null;
}

function outletForUrl(index: DatasetIndex, url: string): Outlet | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const outlet of index.outlets.values()) {
    if (outlet.domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return outlet;
  }
  return null;
}

function contextFor(index: DatasetIndex, article: DatasetArticle, reason: MatchReason): ContextResult {
  const { dataset } = index;
  const responses: ResponseView[] = dataset.responses
    .filter((r) => r.publishedAs === article.id || r.respondsTo.article === article.id)
    .map((r) => {
      const target = r.respondsTo.article ? index.articles.get(r.respondsTo.article) : undefined;
      const claim = target?.claims.find((c) => c.id === r.respondsTo.claim) ?? findClaim(dataset, r.respondsTo.claim);
      return {
        id: r.id,
        personName: r.person ? (index.actors.get(r.person)?.name ?? null) : null,
        role: r.role ?? null,
        organisationName: index.actors.get(r.organisation)?.name ?? r.organisation,
        date: r.date,
        channel: r.channel,
        stance: r.stance,
        summary: r.summary,
        quote: r.quote ?? null,
        relation: r.publishedAs === article.id ? 'this-page' : 'answers-this-article',
        respondsTo: {
          headline: target ? (target.headline ?? null) : null,
          outletName: target ? (index.outlets.get(target.outlet)?.name ?? null) : null,
          date: target?.published ?? null,
          url: target?.url ?? null,
          claim: claim?.text ?? null,
        },
        sources: r.sources,
      };
    });

  const story = dataset.stories.find((s) => s.id === article.story);
  const timeline: TimelineItem[] = dataset.events
    .filter((e) => e.story === article.story)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({
      id: e.id,
      date: e.date,
      dateNote: e.dateNote ?? null,
      title: e.title,
      description: e.description,
      current: e.article === article.id,
      sources: e.sources,
    }));

  return {
    article: {
      id: article.id,
      headline: article.headline ?? null,
      outletName: index.outlets.get(article.outlet)?.name ?? null,
      published: article.published,
      genre: article.genre,
      matchedBy: reason,
    },
    responses,
    stories: story ? [{ id: story.id, title: story.title, summary: story.summary }] : [],
    timeline,
  };
}

function findClaim(dataset: Dataset, claimId: string | undefined): Article['claims'][number] | undefined {
  if (!claimId) return undefined;
  for (const a of dataset.articles) {
    const claim = a.claims.find((c) => c.id === claimId);
    if (claim) return claim;
  }
  return undefined;
}
