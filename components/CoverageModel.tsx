import { REVIEW_STATUSES, type ReviewStatus } from '../utils/store/limits';
import type { CoverageArticle } from '../utils/store/export';

/** Pure filtering, sorting and grouping for the coverage page (tested in Node). */
export interface CoverageFilter {
  status: ReviewStatus | 'all';
  outlet: string | 'all';
  /** Inclusive, YYYY-MM-DD; empty for no bound. Compared with the publication date, else the first opening. */
  from: string;
  to: string;
  text: string;
}

export type CoverageSort = 'newest' | 'oldest' | 'seen' | 'headline' | 'status';

export const NO_FILTER: CoverageFilter = { status: 'all', outlet: 'all', from: '', to: '', text: '' };

/** Sorting by status puts what needs work first: deliberately not the order of `REVIEW_STATUSES`. */
const STATUS_ORDER: ReviewStatus[] = ['needs-response', 'disputed', 'not-reviewed', 'responded', 'accurate'];

export const articleDay = (a: CoverageArticle) => (a.published ?? a.firstSeen ?? '').slice(0, 10);

const fold = (text: string) => text.toLocaleLowerCase('nb').normalize('NFKC');

/** Every filter but the status one: what the counts per status are counted over. */
export function filterExceptStatus(articles: CoverageArticle[], filter: CoverageFilter): CoverageArticle[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return articles.filter((a) => {
    if (filter.outlet !== 'all' && a.outlet !== filter.outlet) return false;
    const day = articleDay(a);
    if (filter.from && (!day || day < filter.from)) return false;
    if (filter.to && (!day || day > filter.to)) return false;
    if (words.length === 0) return true;
    const haystack = fold([a.headline, a.outlet, a.url, ...a.stories.map((s) => s.title), ...a.notes.map((n) => n.text)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** The articles with the filter's status (all of them for 'all'). */
export function withStatus(articles: CoverageArticle[], status: CoverageFilter['status']): CoverageArticle[] {
  return status === 'all' ? articles : articles.filter((a) => a.status === status);
}

export function filterArticles(articles: CoverageArticle[], filter: CoverageFilter): CoverageArticle[] {
  return withStatus(filterExceptStatus(articles, filter), filter.status);
}

export function countByStatus(articles: CoverageArticle[]): Record<ReviewStatus, number> {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, 0])) as Record<ReviewStatus, number>;
  for (const a of articles) counts[a.status]++;
  return counts;
}

export function sortArticles(articles: CoverageArticle[], sort: CoverageSort): CoverageArticle[] {
  const byDay = (a: CoverageArticle, b: CoverageArticle) => articleDay(a).localeCompare(articleDay(b));
  const byHeadline = (a: CoverageArticle, b: CoverageArticle) => (a.headline ?? a.url).localeCompare(b.headline ?? b.url, 'nb');
  const compare: Record<CoverageSort, (a: CoverageArticle, b: CoverageArticle) => number> = {
    newest: (a, b) => byDay(b, a) || byHeadline(a, b),
    oldest: (a, b) => byDay(a, b) || byHeadline(a, b),
    seen: (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || byHeadline(a, b),
    headline: byHeadline,
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byDay(b, a),
  };
  return [...articles].sort(compare[sort]);
}

export interface StoryGroup {
  /** Null for articles linked to no story (reviewed without a match). */
  id: string | null;
  title: string | null;
  articles: CoverageArticle[];
}

/** One group per story, in order of its first article; an article in two stories is listed under both. */
export function groupByStory(articles: CoverageArticle[]): StoryGroup[] {
  const groups = new Map<string | null, StoryGroup>();
  for (const article of articles) {
    const stories = article.stories.length > 0 ? article.stories : [{ id: null, title: null }];
    for (const story of stories) {
      const group = groups.get(story.id) ?? { id: story.id, title: story.title, articles: [] };
      group.articles.push(article);
      groups.set(story.id, group);
    }
  }
  const list = [...groups.values()];
  // Articles without a story come last.
  return [...list.filter((g) => g.id !== null), ...list.filter((g) => g.id === null)];
}

/** The responses and timeline the popup showed for a story's articles, without repeats, in date order. */
export function storyContext(group: StoryGroup) {
  const responses = new Map<string, CoverageArticle['responses'][number]>();
  const timeline = new Map<string, CoverageArticle['timeline'][number]>();
  for (const article of group.articles) {
    for (const r of article.responses) responses.set(r.id, r);
    for (const e of article.timeline) timeline.set(e.id, e);
  }
  const byDate = <T extends { date: string }>(list: T[]) => list.sort((a, b) => a.date.localeCompare(b.date));
  return { responses: byDate([...responses.values()]), timeline: byDate([...timeline.values()]) };
}
