import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { DATASET_PATH, loadBundledDataset } from '../utils/dataset/load';
import { buildIndex, matchSnapshot, type DatasetIndex } from '../utils/match';
import { parseMessage, type Message, type MessageReplies, type TabContext } from '../utils/messages';
import type { ArticleSnapshot } from '../utils/snapshot';
import { siteForHost } from '../utils/sites';

// The service worker may be stopped at any moment; per-tab results live in storage.session,
// which outlives the worker but not the browser session.
const tabKey = (tabId: number) => `tab:${tabId}`;

let indexPromise: Promise<DatasetIndex> | null = null;

function datasetIndex(): Promise<DatasetIndex> {
  indexPromise ??= loadBundledDataset(browser.runtime.getURL(DATASET_PATH as '/')).then(buildIndex);
  indexPromise.catch(() => (indexPromise = null));
  return indexPromise;
}

async function onPageDetected(snapshot: ArticleSnapshot, tabId: number): Promise<MessageReplies['page:detected']> {
  let state: TabContext;
  if (!snapshot.isArticle) {
    state = { status: 'not-article', snapshot };
  } else {
    try {
      state = { status: 'article', snapshot, context: matchSnapshot(await datasetIndex(), snapshot) };
    } catch (error) {
      state = { status: 'error', message: (error as Error).message };
    }
  }
  await browser.storage.session.set({ [tabKey(tabId)]: state });
  const responses = state.status === 'article' ? state.context.responses.length : 0;
  await browser.action.setBadgeText({ tabId, text: responses > 0 ? String(responses) : '' });
  if (responses > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
  return { ok: true };
}

async function contextForTab(tabId: number): Promise<TabContext> {
  const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabContext | undefined;
  if (stored) return stored;
  // No report yet: the tab's URL (visible only on sites we hold permissions for) says whether one will come.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const host = tab?.url ? safeHost(tab.url) : null;
  return host && siteForHost(host) ? { status: 'pending' } : { status: 'unsupported' };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function isOwnExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  // An extension page opened in a tab has `sender.tab` too; its URL is what tells it from a content script.
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  switch (message.type) {
    case 'page:detected':
      // Only a content script, which always runs in a tab, may describe a page.
      if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
      return onPageDetected(message.snapshot, sender.tab.id);
    case 'context:get':
      if (!isOwnExtensionPage(sender)) return undefined;
      return contextForTab(message.tabId);
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseMessage(raw);
    return message ? handle(message, sender) : undefined;
  });

  browser.tabs.onUpdated.addListener((tabId: number, change: { status?: string }) => {
    // A new document is loading: what we knew about the old one no longer applies.
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId: number) => void browser.storage.session.remove(tabKey(tabId)));
});

async function forgetTab(tabId: number) {
  await browser.storage.session.remove(tabKey(tabId));
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}
