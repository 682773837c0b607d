import { describe, expect, it } from 'vitest';
import { tabState, VILLA_URL, visit, waitForBadge } from './harness';
import { session } from './session';

/** The page address the background stored for the tab, from the content script's last report. */
const storedPageUrl = async (tabId: number): Promise<string | null> => {
  const pageUrl = (await tabState(session, tabId))?.snapshot?.['pageUrl'];
  return typeof pageUrl === 'string' ? pageUrl : null;
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
