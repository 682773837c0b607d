import type { SearchResultView } from '../messages';
import { processTerm, splitWords } from '../search/text';
import type { MatchIndex } from './artefact';

const SEARCHABLE = new Set(['story', 'article', 'response', 'event']);

/**
 * Free-text search over every entry of every index (bundled and packs), best BM25 score first: the
 * popup's search box. Unlike topical matching it returns entries, not stories, and has no confidence floor.
 */
export async function searchEntries(indices: readonly MatchIndex[], text: string, limit = 8): Promise<SearchResultView[]> {
  const terms = [...new Set(splitWords(text).map(processTerm).filter((t): t is string => Boolean(t)))]
    .slice(0, 32)
    .map((term) => ({ term, weight: 1 }));
  if (!terms.length) return [];
  const hits = indices.flatMap((index) => index.text.search(terms, limit * 2).map((hit) => ({ index, ...hit })));
  hits.sort((a, b) => b.score - a.score);

  const results: SearchResultView[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (results.length >= limit) break;
    const { index } = hit;
    const recordNo = index.docRecord[hit.doc]!;
    const storyNo = index.docStory[hit.doc]!;
    const kind = index.kindOf(recordNo);
    if (!SEARCHABLE.has(kind)) continue;
    await index.ensure([recordNo, storyNo]);
    const story = index.record(storyNo, 'story');
    const view = describe(index, recordNo, kind as SearchResultView['kind'], story?.title ?? null);
    if (view && !seen.has(view.id)) {
      seen.add(view.id);
      results.push(view);
    }
  }
  return results;
}

function describe(index: MatchIndex, recordNo: number, kind: SearchResultView['kind'], storyTitle: string | null): SearchResultView | null {
  switch (kind) {
    case 'story': {
      const story = index.record(recordNo, 'story');
      return story && { id: story.id, kind, title: story.title, date: story.span?.[0] ?? null, storyTitle: null, url: null };
    }
    case 'article': {
      const article = index.record(recordNo, 'article');
      return (
        article && {
          id: article.id,
          kind,
          title: article.headline ?? article.summary,
          date: article.published,
          storyTitle,
          url: article.url ?? firstUrl(article.sources),
        }
      );
    }
    case 'response': {
      const response = index.record(recordNo, 'response');
      return response && { id: response.id, kind, title: response.summary, date: response.date, storyTitle, url: firstUrl(response.sources) };
    }
    case 'event': {
      const event = index.record(recordNo, 'event');
      return event && { id: event.id, kind, title: event.title, date: event.date, storyTitle, url: firstUrl(event.sources) };
    }
  }
}

function firstUrl(sources: { url?: string }[]): string | null {
  return sources.find((source) => source.url)?.url ?? null;
}
