import type { ContextResult } from './match/context';
import type { EntryView } from './match/entry-view';
import type { NoticeData, NoticeScope } from './notice';
import { MAX_SNAPSHOT_TEXT, type ArticleSnapshot } from './snapshot';

/**
 * The one protocol between contexts. Each message is named by its verb; the comment says who sends it.
 * Every payload is checked where it enters the background (see `parseMessage`).
 */
export type Message =
  /** content script → background: what the page is. */
  | { type: 'page:detected'; snapshot: ArticleSnapshot }
  /** content script → background: the reader switched the in-page notice off, for this site or everywhere. */
  | { type: 'notice:hide'; scope: NoticeScope }
  /** extension page → background: what to show for a tab. */
  | { type: 'context:get'; tabId: number }
  /** extension page → background: entries of the whole dataset (bundled and packs) matching free text. */
  | { type: 'dataset:search'; query: string };

/** The longest search query the background answers; the popup's search field stops at it. */
export const MAX_QUERY_LENGTH = 200;

/** One search hit, ready to show. */
/** A search box result: the entry, and the title of the story it belongs to (none for a story). */
export interface SearchResultView extends EntryView {
  storyTitle: string | null;
}

/** What the popup shows for one tab. */
export type TabContext =
  /** No content script runs there: not a registered news site, or a browser page. */
  | { status: 'unsupported' }
  /** A registered site whose page has not reported yet. */
  | { status: 'pending' }
  | { status: 'not-article'; snapshot: ArticleSnapshot }
  | { status: 'article'; snapshot: ArticleSnapshot; context: ContextResult }
  | { status: 'error'; message: string }
  /** The reader switched Tilsvar off for this site in the options. */
  | { status: 'disabled' };

export interface MessageReplies {
  /** `notice` is set when the page should show the in-page notice. */
  'page:detected': { ok: true; notice: NoticeData | null };
  'notice:hide': { ok: true };
  'context:get': TabContext;
  'dataset:search': SearchResultView[];
}

const SNAPSHOT_STRINGS = ['pageUrl', 'canonicalUrl'] as const;
const SNAPSHOT_NULLABLE = [
  'siteId', 'outletArticleId', 'headline', 'published', 'modified', 'siteName', 'section', 'language', 'description',
] as const;
const SNAPSHOT_BOOLEANS = ['isArticle', 'isOpinion', 'paywalled'] as const;

/** Who sent a message, as far as the browser's sender record tells. */
export type SenderRole = 'content-script' | 'extension-page';

export interface SenderRecord {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * Classifies a sender from the browser's record: only this extension's own contexts count. An extension
 * page opened in a tab, or framed by the in-page notice, has `tab` too; its URL is what tells it apart.
 */
export function senderRole(sender: SenderRecord, extension: { id: string; baseUrl: string }): SenderRole | null {
  if (sender.id !== extension.id) return null;
  if ((sender.url ?? '').startsWith(extension.baseUrl)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.frameId === 0) return 'content-script';
  return null;
}

const ALLOWED: Record<Message['type'], SenderRole> = {
  'page:detected': 'content-script',
  'notice:hide': 'content-script',
  'context:get': 'extension-page',
  'dataset:search': 'extension-page',
};

/** Each message has exactly one kind of sender that may send it. */
export function mayReceive(message: Message, role: SenderRole | null): boolean {
  return role !== null && ALLOWED[message.type] === role;
}

/** Returns the message when it has exactly the expected shape, else null. Pages write these strings. */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value)) return null;
  if (value.type === 'context:get') {
    return Number.isSafeInteger(value.tabId) && (value.tabId as number) >= 0
      ? { type: 'context:get', tabId: value.tabId as number }
      : null;
  }
  if (value.type === 'dataset:search') {
    return typeof value.query === 'string' && value.query.length <= MAX_QUERY_LENGTH ? { type: 'dataset:search', query: value.query } : null;
  }
  if (value.type === 'notice:hide') {
    return value.scope === 'site' || value.scope === 'all' ? { type: 'notice:hide', scope: value.scope } : null;
  }
  if (value.type === 'page:detected' && isSnapshot(value.snapshot)) return { type: 'page:detected', snapshot: value.snapshot };
  return null;
}

function isSnapshot(value: unknown): value is ArticleSnapshot {
  if (!isRecord(value)) return false;
  const text = (v: unknown) => typeof v === 'string' && v.length <= MAX_SNAPSHOT_TEXT;
  return (
    SNAPSHOT_STRINGS.every((key) => text(value[key])) &&
    SNAPSHOT_NULLABLE.every((key) => value[key] === null || text(value[key])) &&
    SNAPSHOT_BOOLEANS.every((key) => typeof value[key] === 'boolean') &&
    Array.isArray(value.byline) &&
    value.byline.length <= 50 &&
    value.byline.every(text)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
