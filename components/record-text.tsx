// How the extension's own records read on every page that shows them: review statuses and store failures.
import { t } from '../utils/i18n';
import type { ReviewStatus } from '../utils/store/db';
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
