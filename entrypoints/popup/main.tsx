import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import { SearchBox } from '../../components/SearchBox';
import { initI18n, t, uiLanguage } from '../../utils/i18n';
import type { Message, MessageReplies, TabContext } from '../../utils/messages';
import { getSettings } from '../../utils/settings';
import { storedTabContext } from '../../utils/tab-state';
import './style.css';

const PENDING_RETRY_MS = 250;
const PENDING_GIVE_UP_MS = 8000;
// Below this a popup's window is still being sized, not cut short by the screen.
const MIN_FITTED_HEIGHT = 200;

/** The tab to describe: `?tab=<id>` when given (tests, tooling, the in-page panel), else the active tab. */
async function targetTabId(params: URLSearchParams): Promise<number | null> {
  const param = params.get('tab');
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function requestContext(tabId: number): Promise<TabContext> {
  // Read where the background keeps it: no round trip through the service worker, and no wait while a stopped
  // one starts again (npm run bench:ui). The background answers for a tab that has not reported yet.
  const stored = await storedTabContext(tabId);
  if (stored) return stored;
  const message: Message = { type: 'context:get', tabId };
  return (await browser.runtime.sendMessage(message)) as MessageReplies['context:get'];
}

/** Asks the background for the tab's state, waiting out a page that has not reported yet. */
async function* tabStates(params: URLSearchParams): AsyncGenerator<TabContext> {
  const started = Date.now();
  try {
    const tabId = await targetTabId(params);
    if (tabId === null) return yield { status: 'unsupported' };
    let next = await requestContext(tabId);
    while (next.status === 'pending' && Date.now() - started < PENDING_GIVE_UP_MS) {
      yield next;
      await new Promise((resolve) => setTimeout(resolve, PENDING_RETRY_MS));
      next = await requestContext(tabId);
    }
    yield next.status === 'pending' ? { status: 'error', message: t('pageDidNotReport') } : next;
  } catch (error) {
    yield { status: 'error', message: (error as Error).message };
  }
}

function Popup({ initial, states }: { initial: TabContext | null; states: AsyncGenerator<TabContext> }) {
  const [state, setState] = useState<TabContext | null>(initial);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      for await (const next of states) {
        if (cancelled) break;
        setState(next);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [states]);
  useEffect(() => {
    if (state && state.status !== 'pending') performance.mark('tilsvar:popup-rendered');
  }, [state]);
  return (
    <main aria-busy={state === null || state.status === 'pending'} data-status={state?.status ?? 'loading'}>
      <SearchBox />
      <PopupView state={state} />
    </main>
  );
}

/**
 * Chromium opens a toolbar popup at most 600 px tall, and shorter where the screen has less room below the
 * toolbar (a 1280×720 screen leaves about 590 px). The page would then scroll as a whole, beside its own
 * scrolling content and 15 px wider for the scroll bar. So when the window is shorter than the page, the
 * page's height is capped at the window's. Not with `vh` in the style sheet: while Chromium sizes a popup it
 * lays the page out in a window 25 px tall, and a cap in `vh` would keep it that small.
 */
function fitToWindow(): void {
  const root = document.documentElement;
  const fit = () => {
    root.style.removeProperty('--popup-height');
    if (innerHeight >= MIN_FITTED_HEIGHT && root.scrollHeight > innerHeight) root.style.setProperty('--popup-height', `${innerHeight}px`);
  };
  addEventListener('resize', fit);
}

const params = new URLSearchParams(location.search);
// Framed by the in-page notice, the popup fills its panel instead of keeping the toolbar popup's width.
if (params.get('embedded') === '1') document.documentElement.classList.add('embedded');
else fitToWindow();
// Ask for the tab's state while the language loads: the two do not depend on each other.
const states = tabStates(params);
const first = states.next();
await initI18n((await getSettings()).language);
document.documentElement.lang = uiLanguage().split('-')[0] ?? 'en';
// Both were requested at once; the first paint waits for the tab's state so the popup renders once, not twice.
const head = await first;
render(<Popup initial={head.done ? null : head.value} states={states} />, document.getElementById('app')!);
