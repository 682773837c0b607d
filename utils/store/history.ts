import type { ContextResult } from '../match/context';
import type { ArticleSnapshot } from '../snapshot';
import { parseUrl } from '../url';
import type { ArticleRecord, HistoryEntry } from './db';
import { writeAll } from './failure';
import { openRecords, readRecords, type RecordStoreOptions } from './shared';

/**
 * Whether the popup's context identifies the article (a link by URL, id, headline or cited source) and ties
 * it to a story or a response. Topical guesses ("possibly related") are never recorded.
 */
export function isMatched(context: ContextResult): boolean {
  const identified = context.match.layer !== 'none' && context.match.layer !== 'topical';
  return identified && (context.stories.length > 0 || context.responses.length > 0);
}

/** The article as history and reviews keep it. */
export function articleRecord(snapshot: ArticleSnapshot, context: ContextResult | null): ArticleRecord {
  return {
    url: snapshot.canonicalUrl,
    headline: snapshot.headline ?? context?.article?.headline ?? null,
    outlet: snapshot.siteName ?? context?.article?.outletName ?? parseUrl(snapshot.canonicalUrl)?.hostname ?? null,
    published: snapshot.published ?? context?.article?.published ?? null,
    articleId: context?.article?.id ?? null,
    stories: (context?.stories ?? []).map((story) => ({ id: story.id, title: story.title })),
  };
}

/**
 * Records that the user opened the popup on a matched article: the first time adds it, later times move
 * its last-seen time and refresh what the dataset said. The one write is a single transaction.
 */
export async function recordVisit(snapshot: ArticleSnapshot, context: ContextResult, options: RecordStoreOptions = {}): Promise<HistoryEntry> {
  const db = await openRecords(options);
  const now = (options.now ?? new Date()).toISOString();
  const article = articleRecord(snapshot, context);
  return writeAll(db.transaction('history', 'readwrite'), async (tx) => {
    const previous = await tx.store.get(article.url);
    const entry: HistoryEntry = {
      ...article,
      firstSeen: previous?.firstSeen ?? now,
      lastSeen: now,
      responses: context.responses.map((r) => ({
        id: r.id,
        organisationName: r.organisationName,
        personName: r.personName,
        date: r.date,
        summary: r.summary,
        url: r.sources.find((s) => s.url)?.url ?? null,
      })),
      timeline: context.timeline.map((item) => ({ id: item.id, date: item.date, title: item.title })),
    };
    await tx.store.put(entry);
    return entry;
  });
}

/** Every history entry, the most recently seen first. */
export async function listHistory(options: RecordStoreOptions = {}): Promise<HistoryEntry[]> {
  return readRecords(options, async (db) => (await db.getAllFromIndex('history', 'lastSeen')).reverse());
}

/** Removes every history entry; reviews, notes and reports are the user's own work and stay. Returns how many went. */
export async function clearHistory(options: RecordStoreOptions = {}): Promise<number> {
  const db = await openRecords(options);
  return writeAll(db.transaction('history', 'readwrite'), async (tx) => {
    const count = await tx.store.count();
    await tx.store.clear();
    return count;
  });
}

export async function historyCount(options: RecordStoreOptions = {}): Promise<number> {
  return readRecords(options, (db) => db.count('history'));
}
