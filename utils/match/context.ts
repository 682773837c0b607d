import type { Source } from '../dataset/types';

/** Why an item is shown: the user sees this reason next to it. */
export type MatchReason = 'same-url' | 'same-article-id' | 'same-headline';

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
}

export interface TimelineItem {
  id: string;
  date: string;
  dateNote: string | null;
  title: string;
  description: string;
  /** The event is the article open in the tab. */
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

/** Everything the popup shows about one article: plain data, safe to keep in storage.session. */
export interface ContextResult {
  article: MatchedArticle | null;
  responses: ResponseView[];
  stories: { id: string; title: string; summary: string }[];
  timeline: TimelineItem[];
}

export const EMPTY_CONTEXT: ContextResult = { article: null, responses: [], stories: [], timeline: [] };
