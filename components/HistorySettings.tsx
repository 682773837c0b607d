import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { failureText } from './record-text';

/**
 * The options page's history switch and "clear history" button. The switch shows and changes the page's own
 * settings (`keep`, `onKeepChange`), which save it and say so.
 */
export function HistorySettings({ keep, onKeepChange }: { keep: boolean; onKeepChange: (on: boolean) => void }) {
  const [count, setCount] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const refresh = async () => {
    try {
      setCount(await (await import('../utils/store/history')).historyCount());
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    }
  };
  useEffect(() => void refresh(), []);

  const clear = async () => {
    try {
      const removed = await (await import('../utils/store/history')).clearHistory();
      setMessage({ kind: 'ok', text: t('optionsHistoryCleared', String(removed)) });
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    }
    await refresh();
  };

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('optionsHistory')}</h2>
      <p class="hint">{t('optionsHistoryHint')}</p>
      <label class="choice">
        <input type="checkbox" checked={keep} onChange={(e) => onKeepChange(e.currentTarget.checked)} />
        {t('optionsHistoryKeep')}
      </label>
      <p>
        {count !== null && <span class="history-count">{t('optionsHistoryCount', String(count))} </span>}
        <button type="button" disabled={count === 0} onClick={() => void clear()}>
          {t('optionsHistoryClear')}
        </button>
      </p>
      <p class={`history-message ${message?.kind ?? ''}`} role="status">
        {message?.text}
      </p>
      <p>
        <a href={browser.runtime.getURL('/coverage.html' as '/')}>{t('openCoverage')}</a>
      </p>
    </section>
  );
}
