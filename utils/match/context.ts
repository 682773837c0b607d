import type { Source } from '../dataset/types';

/** Why an article is identified: the user sees this reason next to it. */
export type MatchReason = 'same-url' | 'same-article-id' | 'same-headline';

/**
 * The layer that found the page's context, strongest first. Only the first four identify the page;
 * `topical` never links a response or counts on the badge.
 */
export type MatchLayer = 'url' | 'outlet-id' | 'headline' | 'cited-source' | 'topical' | 'none';

export interface MatchWhy {
  layer: MatchLayer;
  /** 0–1. Identified pages are near 1; topical hits are estimates and shown only as "possibly related". */
  confidence: number;
  /** Words of the page that the entries share (topical layer), as written on the page. */
  terms: string[];
  /** Actors named on the page and in the entries (topical layer). */
  actors: string[];
}

export interface ResponseView {
  id: string;
  personName: string | null;
  role: string | null;
  organisationName: string;
  date: string;
  channel: string;
  stance: string;
  summary: string;
  quote: string | null;
  /** `this-page`: the open page is the response; `answers-this-article`: it answers the open page. */
  relation: 'this-page' | 'answers-this-article';
  /** What the response answers, in words (headline, or the summary of an article known only by description). */
  respondsTo: { headline: string | null; outletName: string | null; date: string | null; url: string | null; claim: string | null };
  sources: Source[];
  why: MatchWhy;
}

export interface TimelineItem {
  id: string;
  date: string;
  dateNote: string | null;
  title: string;
  description: string;
  /** The event is the article open in the tab (or, for a cited page, the fact it is cited for). */
  current: boolean;
  sources: Source[];
}

export interface MatchedArticle {
  id: string;
  headline: string | null;
  outletName: string | null;
  published: string;
  genre: 'news' | 'opinion';
  matchedBy: MatchReason;
}

/**
 * An article linked to the open one by a response: the piece this page answers, or the piece that
 * answers this page. Both directions are found, so an opinion piece and its target see each other.
 */
export interface LinkedArticleView {
  relation: 'answers' | 'answered-by';
  responseId: string;
  id: string;
  headline: string | null;
  /** The dataset's description of the article, for one known only through the answer. */
  summary: string;
  outletName: string | null;
  published: string;
  url: string | null;
  genre: 'news' | 'opinion';
}

/** A story that shares words and actors with the page: shown as "possibly related", never as a link. */
export interface RelatedStoryView {
  id: string;
  title: string;
  summary: string;
  /** The entries of the story that matched best, best first. */
  entries: { id: string; kind: 'story' | 'article' | 'response' | 'event'; title: string; date: string | null }[];
  why: MatchWhy;
}

/** Everything the popup shows about one article: plain data, safe to keep in storage.session. */
export interface ContextResult {
  article: MatchedArticle | null;
  responses: ResponseView[];
  stories: { id: string; title: string; summary: string }[];
  timeline: TimelineItem[];
  /** How the page's own context was found (`none` when only related stories, or nothing, were found). */
  match: MatchWhy;
  links: LinkedArticleView[];
  related: RelatedStoryView[];
}

export const NO_MATCH: MatchWhy = { layer: 'none', confidence: 0, terms: [], actors: [] };

export const EMPTY_CONTEXT: ContextResult = {
  article: null,
  responses: [],
  stories: [],
  timeline: [],
  match: NO_MATCH,
  links: [],
  related: [],
};
