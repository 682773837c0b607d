import { describe, expect, it } from 'vitest';
import { VILLA_URL, visit, waitForBadge } from './harness';
import { session } from './session';

const storedPageUrl = async (tabId: number): Promise<string | null> => {
  const worker = await session.serviceWorker();
  return worker.evaluate(async (id) => {
    const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { snapshot?: { pageUrl: string } } | undefined;
    return state?.snapshot?.pageUrl ?? null;
  }, tabId);
};

describe('the content script on a page', () => {
  it('tells the page nothing: no message, and no sign of the extension, reaches the page', async () => {
    // Recorded by the page itself, from before any script of the extension runs.
    await session.context.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
      window.addEventListener('message', (event) => seen.push(event.data), true);
    });
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => JSON.stringify((window as unknown as { seenMessages: unknown[] }).seenMessages));
    expect(seen).toBe('[]');
    expect(await page.content()).not.toContain(session.extensionId);
    await page.close();
  });

  it('looks again when a single-page site changes the address without a new document', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    expect(await storedPageUrl(tabId)).toBe(VILLA_URL);
    await page.evaluate(() => history.pushState({}, '', '/meninger/ordetfritt/?fra=spa'));
    let url: string | null = null;
    for (let i = 0; i < 40 && url !== 'http://www.adressa.no/meninger/ordetfritt/?fra=spa'; i++) {
      await page.waitForTimeout(100);
      url = await storedPageUrl(tabId);
    }
    expect(url).toBe('http://www.adressa.no/meninger/ordetfritt/?fra=spa');
    await page.close();
  });
});
