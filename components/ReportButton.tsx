import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { ResponseView, TimelineItem } from '../utils/match/context';
import type { ReportKind } from '../utils/store/db';
import { MAX_COMMENT_LENGTH } from '../utils/store/limits';
import { failureText } from './record-text';

/** How a response and an event are named in a report: on the item's own button and in the report's list. */
export const responseLabel = (response: Pick<ResponseView, 'organisationName' | 'date'>) => `${response.organisationName}, ${response.date}`;
export const eventLabel = (event: Pick<TimelineItem, 'date' | 'title'>) => `${event.date}: ${event.title}`;

/** A request from one item's "Wrong link?" button: every click makes a new one, so a second click on the same item opens the form again. */
export interface ReportRequest {
  kind: ReportKind;
  itemId: string;
}

export interface ReportableItem {
  id: string;
  label: string;
}

/** An item's own button: asks its section's report form to open with this item chosen. */
export function ReportItemButton({ title, onReport }: { title: string; onReport: () => void }) {
  return (
    <button type="button" class="report-item" aria-label={t('reportThisItemLabel', title)} onClick={onReport}>
      {t('reportThisItem')}
    </button>
  );
}

/**
 * "Report a wrong link" for the items of one popup section. The report (page, item, kind, comment) is
 * kept on this device only; the user exports reports from the options page. Nothing is sent anywhere.
 */
export function ReportButton({ pageUrl, kind, items, request }: { pageUrl: string; kind: ReportKind; items: ReportableItem[]; request?: ReportRequest | null }) {
  const [itemId, setItemId] = useState(items[0]?.id ?? '');
  const form = useRef<HTMLDetailsElement>(null);
  const commentField = useRef<HTMLTextAreaElement>(null);
  // An item's own "Wrong link?" button opens this form with that item chosen.
  useEffect(() => {
    if (!request || request.kind !== kind) return;
    setItemId(request.itemId);
    if (form.current) form.current.open = true;
    form.current?.scrollIntoView({ block: 'nearest' });
    commentField.current?.focus();
  }, [request]);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (items.length === 0) return null;
  const fieldId = `report-${kind}`;

  const save = async () => {
    setBusy(true);
    try {
      const { addReport } = await import('../utils/store/reports');
      await addReport({ pageUrl, itemId, kind, comment });
      setComment('');
      setMessage({ kind: 'ok', text: t('reportSaved') });
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="report" data-report={kind} ref={form}>
      <summary>{t('reportLink')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {items.length > 1 && (
          <label for={`${fieldId}-item`}>
            {t('reportItem')}
            <select id={`${fieldId}-item`} value={itemId} onChange={(e) => setItemId(e.currentTarget.value)}>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label for={`${fieldId}-comment`}>
          {t('reportComment')}
          <textarea ref={commentField} id={`${fieldId}-comment`} rows={2} maxLength={MAX_COMMENT_LENGTH} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('reportSave')}
        </button>
        <p class={`report-message ${message?.kind ?? ''}`} role="status">
          {message?.text}
        </p>
      </form>
    </details>
  );
}
