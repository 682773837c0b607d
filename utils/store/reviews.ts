import type { ArticleRecord, ArticleReview, ReviewNote, ReviewStatus } from './db';
import { writeAll } from './failure';
import { isReviewStatus, MAX_NOTE_LENGTH } from './limits';
import { newId, openRecords, readRecords, type RecordStoreOptions } from './shared';

export async function getReview(url: string, options: RecordStoreOptions = {}): Promise<ArticleReview | null> {
  return readRecords(options, async (db) => (await db.get('reviews', url)) ?? null);
}

/** Every review, the most recently changed first. */
export async function listReviews(options: RecordStoreOptions = {}): Promise<ArticleReview[]> {
  return readRecords(options, async (db) => (await db.getAllFromIndex('reviews', 'updatedAt')).reverse());
}

/** Sets an article's review status; the article's description is refreshed with what the popup sees now. */
export async function setReviewStatus(article: ArticleRecord, status: ReviewStatus, options: RecordStoreOptions = {}): Promise<ArticleReview> {
  if (!isReviewStatus(status)) throw new RangeError(`unknown review status: ${String(status)}`);
  const now = (options.now ?? new Date()).toISOString();
  return change(article, options, (review) => ({ ...review, status, statusAt: now, updatedAt: now }));
}

/** Adds a note with the current time; empty notes are not kept. */
export async function addNote(article: ArticleRecord, text: string, options: RecordStoreOptions = {}): Promise<ArticleReview> {
  const body = checkedNote(text);
  const now = (options.now ?? new Date()).toISOString();
  const note: ReviewNote = { id: newId(), text: body, createdAt: now, updatedAt: now };
  return change(article, options, (review) => ({ ...review, notes: [...review.notes, note], updatedAt: now }));
}

export async function editNote(article: ArticleRecord, noteId: string, text: string, options: RecordStoreOptions = {}): Promise<ArticleReview> {
  const body = checkedNote(text);
  const now = (options.now ?? new Date()).toISOString();
  return change(article, options, (review) => ({
    ...review,
    notes: review.notes.map((note) => (note.id === noteId ? { ...note, text: body, updatedAt: now } : note)),
    updatedAt: now,
  }));
}

export async function deleteNote(article: ArticleRecord, noteId: string, options: RecordStoreOptions = {}): Promise<ArticleReview> {
  const now = (options.now ?? new Date()).toISOString();
  return change(article, options, (review) => ({ ...review, notes: review.notes.filter((note) => note.id !== noteId), updatedAt: now }));
}

/** Read, change and write back in one transaction, so two pages editing at once never lose each other's notes. */
async function change(article: ArticleRecord, options: RecordStoreOptions, update: (review: ArticleReview) => ArticleReview): Promise<ArticleReview> {
  const db = await openRecords(options);
  return writeAll(db.transaction('reviews', 'readwrite'), async (tx) => {
    const current = (await tx.store.get(article.url)) ?? emptyReview(article);
    const next = update({ ...current, url: article.url, article });
    await tx.store.put(next);
    return next;
  });
}

export function emptyReview(article: ArticleRecord): ArticleReview {
  return { url: article.url, article, status: 'not-reviewed', statusAt: null, notes: [], updatedAt: '' };
}

function checkedNote(text: string): string {
  const body = text.trim();
  if (body.length === 0) throw new RangeError('an empty note is not kept');
  if (body.length > MAX_NOTE_LENGTH) throw new RangeError(`a note may be at most ${MAX_NOTE_LENGTH} characters`);
  return body;
}
