import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatTime } from '../utils/format';
import { t, uiLanguage } from '../utils/i18n';
import type { ContextResult } from '../utils/match/context';
import { getSettings } from '../utils/settings';
import type { ArticleSnapshot } from '../utils/snapshot';
import type { ArticleReview, ReviewNote, ReviewStatus } from '../utils/store/db';
import { MAX_NOTE_LENGTH } from '../utils/store/limits';
import { failureText, statusLabel, StatusOptions } from './record-text';

const loadStore = () => Promise.all([import('../utils/store/history'), import('../utils/store/reviews')]);

/**
 * Resolves once the page has painted content (or after `timeout` ms, for a page that never paints). Chromium
 * sizes a toolbar popup to its content and lays it out again whenever a resource finishes loading: in a trace,
 * the store's chunks finishing before the first paint put a 20 ms layout ahead of it.
 */
function afterFirstPaint(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    const timer = setTimeout(() => done(), timeout);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * The popup's status and notes for the open article. Opening the popup on a matched article also records
 * it in the history, unless the user switched history off.
 */
export function ReviewPanel({ snapshot, context }: { snapshot: ArticleSnapshot; context: ContextResult }) {
  const [review, setReview] = useState<ArticleReview | null>(null);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        await afterFirstPaint();
        const [history, reviews] = await loadStore();
        const settings = await getSettings();
        if (settings.history && history.isMatched(context)) await history.recordVisit(snapshot, context);
        const stored = await reviews.getReview(snapshot.canonicalUrl);
        if (!cancelled) setReview(stored ?? reviews.emptyReview(history.articleRecord(snapshot, context)));
      } catch (error) {
        if (!cancelled) setMessage({ kind: 'error', text: failureText(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [snapshot.canonicalUrl]);

  const act = async (change: (store: Awaited<ReturnType<typeof loadStore>>) => Promise<ArticleReview>) => {
    setBusy(true);
    try {
      setReview(await change(await loadStore()));
      setMessage({ kind: 'ok', text: t('reviewSaved') });
      return true;
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const article = ([history]: Awaited<ReturnType<typeof loadStore>>) => history.articleRecord(snapshot, context);

  return (
    <section aria-labelledby="review-heading" data-section="review" class="review">
      <h2 id="review-heading">{t('reviewHeading')}</h2>
      {review && (
        <>
          <label class="review-status">
            {t('reviewStatusLabel')}{' '}
            <select
              value={review.status}
              disabled={busy}
              onChange={(e) => {
                const status = e.currentTarget.value as ReviewStatus;
                void act((store) => store[1].setReviewStatus(article(store), status));
              }}
            >
              <StatusOptions />
            </select>
          </label>
          {review.notes.length > 0 && (
            <ul class="review-notes" aria-label={t('reviewNotes')}>
              {review.notes.map((note) => (
                <NoteItem
                  key={note.id}
                  note={note}
                  busy={busy}
                  onSave={(text) => act((store) => store[1].editNote(article(store), note.id, text))}
                  onDelete={() => void act((store) => store[1].deleteNote(article(store), note.id))}
                />
              ))}
            </ul>
          )}
          <form
            class="review-note"
            onSubmit={(e) => {
              e.preventDefault();
              const text = draft;
              void act((store) => store[1].addNote(article(store), text)).then((saved) => saved && setDraft(''));
            }}
          >
            <label>
              {t('reviewNoteLabel')}
              <textarea rows={2} maxLength={MAX_NOTE_LENGTH} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
            </label>
            <button type="submit" disabled={busy || draft.trim().length === 0}>
              {t('reviewAddNote')}
            </button>
          </form>
        </>
      )}
      <p class={`review-message ${message?.kind ?? ''}`} role="status">
        {message?.text}
      </p>
      <p class="review-footer muted">
        {t('reviewLocalOnly')}{' '}
        <a href={browser.runtime.getURL('/coverage.html' as '/')} target="_blank" rel="noopener">
          {t('openCoverage')}
        </a>
      </p>
    </section>
  );
}

/** One note: its time (and when it was last edited), its text, and editing in place. */
function NoteItem({ note, busy, onSave, onDelete }: { note: ReviewNote; busy: boolean; onSave: (text: string) => Promise<boolean>; onDelete: () => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);
  const edited = note.updatedAt !== note.createdAt;
  if (editing) {
    return (
      <li>
        <form
          class="review-note"
          onSubmit={(e) => {
            e.preventDefault();
            void onSave(draft).then((saved) => saved && setEditing(false));
          }}
        >
          <label>
            {t('reviewEditNoteLabel')}
            <textarea
              rows={3}
              maxLength={MAX_NOTE_LENGTH}
              value={draft}
              ref={field}
              onInput={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), setEditing(false))}
            />
          </label>
          <button type="submit" disabled={busy || draft.trim().length === 0 || draft.trim() === note.text}>
            {t('reviewSaveNote')}
          </button>{' '}
          <button type="button" onClick={() => setEditing(false)}>
            {t('reviewCancelEdit')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li>
      <time dateTime={note.createdAt}>{formatTime(note.createdAt, uiLanguage())}</time>
      {edited && <span class="muted"> ({t('reviewEdited', formatTime(note.updatedAt, uiLanguage()))})</span>} <span class="note-text">{note.text}</span>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setDraft(note.text);
          setEditing(true);
        }}
      >
        {t('reviewEditNote')}
      </button>{' '}
      <button type="button" disabled={busy} onClick={onDelete}>
        {t('reviewDeleteNote')}
      </button>
    </li>
  );
}
