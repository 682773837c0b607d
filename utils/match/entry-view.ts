import type { MatchIndex } from './artefact';

/** A searchable entry (story, article, response, event) in a line: what lists of entries show. */
export interface EntryView {
  id: string;
  kind: 'story' | 'article' | 'response' | 'event';
  title: string;
  /** A story's is the first date of its entries. */
  date: string | null;
  /** Where the entry leads: its own address, else its first source's; none for a story. */
  url: string | null;
}

/** The entry view of a record already made readable by `ensure`; null for an outlet or an actor. */
export function entryView(index: MatchIndex, record: number): EntryView | null {
  switch (index.kindOf(record)) {
    case 'story': {
      const story = index.record(record, 'story')!;
      return { id: story.id, kind: 'story', title: story.title, date: story.span?.[0] ?? null, url: null };
    }
    case 'article': {
      const article = index.record(record, 'article')!;
      return { id: article.id, kind: 'article', title: article.headline ?? article.summary, date: article.published, url: article.url ?? firstUrl(article.sources) };
    }
    case 'response': {
      const response = index.record(record, 'response')!;
      return { id: response.id, kind: 'response', title: response.summary, date: response.date, url: firstUrl(response.sources) };
    }
    case 'event': {
      const event = index.record(record, 'event')!;
      return { id: event.id, kind: 'event', title: event.title, date: event.date, url: firstUrl(event.sources) };
    }
    default:
      return null;
  }
}

function firstUrl(sources: { url?: string }[]): string | null {
  return sources.find((source) => source.url)?.url ?? null;
}
