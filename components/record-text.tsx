// How the extension's own records read on every page that shows them: review statuses, articles, notes and
// store failures.
import { formatPartialDate, formatTime } from '../utils/format';
import { t } from '../utils/i18n';
import type { ArticleRecord, ReviewNote, ReviewStatus } from '../utils/store/db';
import { FAILURE_MESSAGE_KEY, StoreFailure } from '../utils/store/failure';
import { REVIEW_STATUSES } from '../utils/store/limits';

export const statusLabel = (status: ReviewStatus) => t(`status_${status.replace(/-/g, '_')}`);

/** One <option> per review status, in the offered order, for every status picker. */
export function StatusOptions() {
  return (
    <>
      {REVIEW_STATUSES.map((status) => (
        <option key={status} value={status}>
          {statusLabel(status)}
        </option>
      ))}
    </>
  );
}

/** A failure in words the user can act on; anything unexpected is still shown, never swallowed. */
export function failureText(error: unknown): string {
  if (error instanceof StoreFailure) return t(FAILURE_MESSAGE_KEY[error.reason]);
  if (error instanceof RangeError) return error.message;
  return t('storeError', (error as Error)?.message ?? String(error));
}

/** An article's outlet and publication day, as the coverage page and the story report show them under its headline. */
export function articleMeta(article: Pick<ArticleRecord, 'outlet' | 'published'>, lang: string): string {
  return [article.outlet, article.published && formatPartialDate(article.published.slice(0, 10), lang)].filter(Boolean).join(' · ');
}

/** One note as the coverage page and the story report list it: its time, then its text. */
export function NoteLine({ note, lang }: { note: ReviewNote; lang: string }) {
  return (
    <>
      <time dateTime={note.createdAt}>{formatTime(note.createdAt, lang)}</time>: {note.text}
    </>
  );
}
