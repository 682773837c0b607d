import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { initI18n, t, uiLanguage } from '../../utils/i18n';
import { getSettings } from '../../utils/settings';
import type { Message, MessageReplies, TabContext } from '../../utils/messages';
import './style.css';

const PENDING_RETRY_MS = 250;
const PENDING_GIVE_UP_MS = 8000;

/** The tab to describe: `?tab=<id>` when given (tests, tooling), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function requestContext(tabId: number): Promise<TabContext> {
  const message: Message = { type: 'context:get', tabId };
  return (await browser.runtime.sendMessage(message)) as MessageReplies['context:get'];
}

function Popup() {
  const [state, setState] = useState<TabContext | null>(null);
  useEffect(() => {
    let cancelled = false;
    const started = Date.now();
    const load = async () => {
      try {
        const tabId = await targetTabId();
        if (tabId === null) return setState({ status: 'unsupported' });
        let next = await requestContext(tabId);
        // The page may still be loading when the popup opens; its report follows shortly.
        while (!cancelled && next.status === 'pending' && Date.now() - started < PENDING_GIVE_UP_MS) {
          setState(next);
          await new Promise((resolve) => setTimeout(resolve, PENDING_RETRY_MS));
          next = await requestContext(tabId);
        }
        if (!cancelled) setState(next.status === 'pending' ? { status: 'error', message: t('pageDidNotReport') } : next);
      } catch (error) {
        if (!cancelled) setState({ status: 'error', message: (error as Error).message });
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => {
    if (state && state.status !== 'pending') performance.mark('tilsvar:popup-rendered');
  }, [state]);
  return (
    <main aria-busy={state === null || state.status === 'pending'} data-status={state?.status ?? 'loading'}>
      <PopupView state={state} />
    </main>
  );
}

const params = new URLSearchParams(location.search);
// Framed by the in-page notice, the popup fills its panel instead of keeping the toolbar popup's width.
if (params.get('embedded') === '1') document.documentElement.classList.add('embedded');
await initI18n((await getSettings()).language);
document.documentElement.lang = uiLanguage().split('-')[0] ?? 'en';
render(<Popup />, document.getElementById('app')!);
