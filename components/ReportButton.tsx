import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { ReportKind } from '../utils/store/db';
import { failureText } from './ReviewPanel';

export interface ReportableItem {
  id: string;
  label: string;
}

/**
 * "Report a wrong link" for the items of one popup section. The report (page, item, kind, comment) is
 * kept on this device only; the user exports reports from the options page. Nothing is sent anywhere.
 */
export function ReportButton({ pageUrl, kind, items }: { pageUrl: string; kind: ReportKind; items: ReportableItem[] }) {
  const [itemId, setItemId] = useState(items[0]?.id ?? '');
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
    <details class="report" data-report={kind}>
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
          <textarea id={`${fieldId}-comment`} rows={2} maxLength={2000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
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
