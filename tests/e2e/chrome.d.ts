// The tests evaluate code inside the extension's service worker, where Chromium's `chrome` global exists.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: typeof Browser & {
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
}
