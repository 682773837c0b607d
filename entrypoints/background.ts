import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { initI18n, t } from '../utils/i18n';
import { INDEX_PATH, loadIndex, matchSnapshot, recordChunkPath, type MatchIndex } from '../utils/match';
import { searchEntries } from '../utils/match/search-entries';
import { enabledPackIndices } from '../utils/store/pack-index';
import { packsRevision } from '../utils/store/packs';
import { mayReceive, parseMessage, senderRole, type Message, type MessageReplies, type TabContext } from '../utils/messages';
import type { NoticeData } from '../utils/notice';
import { getSettings, updateSettings, type Settings } from '../utils/settings';
import type { ArticleSnapshot } from '../utils/snapshot';
import { siteForHost } from '../utils/sites';
import { storedTabContext, tabKey } from '../utils/tab-state';

/** The toolbar button: `action` in MV3 (Chromium), `browserAction` in the MV2 build for Firefox. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

const bytesOf = async (path: string) => new Uint8Array(await (await fetch(browser.runtime.getURL(path as '/'))).arrayBuffer());

let bundledIndex: Promise<MatchIndex> | null = null;
let packIndices: { revision: number; indices: Promise<MatchIndex[]> } | null = null;

/** The shipped index (its entry text is fetched in chunks as matches need it) and one index per enabled pack. */
async function matchIndices(): Promise<MatchIndex[]> {
  bundledIndex ??= bytesOf(INDEX_PATH).then((bytes) => loadIndex(bytes, (n) => bytesOf(recordChunkPath(n))));
  bundledIndex.catch(() => (bundledIndex = null));
  return [await bundledIndex, ...(await packs())];
}

/** Pack indices, stored at import, are opened again when the store's revision changes (an import, a switch, a removal). */
async function packs(): Promise<MatchIndex[]> {
  try {
    const revision = await packsRevision();
    if (packIndices?.revision !== revision) {
      packIndices = { revision, indices: enabledPackIndices().then((artefacts) => artefacts.map((bytes) => loadIndex(bytes))) };
    }
    return await packIndices.indices;
  } catch (error) {
    // A broken database must not take the bundled dataset down with it.
    console.error('Tilsvar: packs could not be read', error);
    packIndices = null;
    return [];
  }
}

function siteIdOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return siteForHost(new URL(url).hostname)?.id ?? null;
  } catch {
    return null;
  }
}

async function onPageDetected(snapshot: ArticleSnapshot, tabId: number, pageUrl: string | undefined): Promise<MessageReplies['page:detected']> {
  const settings = await getSettings();
  // Trust the browser's idea of the page's address over the page's own claim.
  const siteId = siteIdOf(pageUrl) ?? snapshot.siteId;
  let state: TabContext;
  if (siteId && settings.disabledSites.includes(siteId)) {
    state = { status: 'disabled' };
  } else if (!snapshot.isArticle) {
    state = { status: 'not-article', snapshot };
  } else {
    try {
      state = { status: 'article', snapshot, context: await matchSnapshot(await matchIndices(), snapshot) };
    } catch (error) {
      state = { status: 'error', message: (error as Error).message };
    }
  }
  await browser.storage.session.set({ [tabKey(tabId)]: state });
  const responses = state.status === 'article' ? state.context.responses : [];
  await toolbarButton().setBadgeText({ tabId, text: responses.length > 0 ? String(responses.length) : '' });
  if (responses.length > 0) await toolbarButton().setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });

  const showNotice = responses.length > 0 && settings.notice && !(siteId && settings.noticeOffSites.includes(siteId));
  return { ok: true, notice: showNotice ? await noticeFor(responses.map((r) => r.organisationName), tabId, settings) : null };
}

async function noticeFor(organisations: string[], tabId: number, settings: Settings): Promise<NoticeData> {
  await initI18n(settings.language);
  const names = [...new Set(organisations)];
  return {
    text: names.length === 1 ? t('noticeOneResponder', names[0]) : t('noticeManyResponders', String(names.length)),
    openLabel: t('noticeOpen'),
    closeLabel: t('noticeClose'),
    hideSiteLabel: t('noticeHideSite'),
    hideAllLabel: t('noticeHideAll'),
    panelTitle: t('extName'),
    panelUrl: browser.runtime.getURL(`/popup.html?tab=${tabId}&embedded=1` as '/'),
  };
}

async function hideNotice(scope: 'site' | 'all', pageUrl: string | undefined): Promise<MessageReplies['notice:hide']> {
  const settings = await getSettings();
  const siteId = siteIdOf(pageUrl);
  if (scope === 'all') await updateSettings({ notice: false });
  else if (siteId) await updateSettings({ noticeOffSites: [...settings.noticeOffSites, siteId] });
  return { ok: true };
}

async function contextForTab(tabId: number): Promise<TabContext> {
  const stored = await storedTabContext(tabId);
  if (stored) return stored;
  // No report yet: the tab's URL (visible only on sites we hold permissions for) says whether one will come.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const siteId = siteIdOf(tab?.url);
  if (!siteId) return { status: 'unsupported' };
  return (await getSettings()).disabledSites.includes(siteId) ? { status: 'disabled' } : { status: 'pending' };
}

function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const role = senderRole(sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  if (!mayReceive(message, role)) return undefined;
  const tabId = sender.tab?.id ?? -1;
  const pageUrl = sender.tab?.url ?? sender.url;
  switch (message.type) {
    case 'page:detected':
      return onPageDetected(message.snapshot, tabId, pageUrl);
    case 'notice:hide':
      return hideNotice(message.scope, pageUrl);
    case 'context:get':
      return contextForTab(message.tabId);
    case 'dataset:search':
      return matchIndices().then((indices) => searchEntries(indices, message.query));
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
  await toolbarButton().setBadgeText({ tabId, text: '' }).catch(() => undefined);
}
