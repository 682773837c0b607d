// Each tab's result, as the background keeps it in storage.session: it outlives the service worker, which the
// browser may stop at any moment, but not the browser session.
import { browser } from 'wxt/browser';
import type { TabContext } from './messages';

export const tabKey = (tabId: number) => `tab:${tabId}`;

/** The tab's stored result; undefined while its page has not reported. */
export async function storedTabContext(tabId: number): Promise<TabContext | undefined> {
  return (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabContext | undefined;
}
