import { describe, expect, it } from 'vitest';
import { VILLA_URL, visit, waitForBadge, waitForTabState } from './harness';
import { session } from './session';

describe('the content script on a page', () => {
  it('tells the page nothing: no message, and no sign of the extension, reaches the page', async () => {
    // Recorded by the page itself, from before any script of the extension runs.
    const { page, tabId } = await visit(session, VILLA_URL, {
      initScript: () => {
        const seen: unknown[] = [];
        (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
        window.addEventListener('message', (event) => seen.push(event.data), true);
      },
    });
    // The content script ran and reported: the badge shows the response.
    expect(await waitForBadge(session, tabId, '1')).toBe('1');
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => JSON.stringify((window as unknown as { seenMessages: unknown[] }).seenMessages));
    expect(seen).toBe('[]');
    expect(await page.content()).not.toContain(session.extensionId);
    await page.close();
  });

  it('looks again when a single-page site changes the address without a new document', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    expect(await waitForBadge(session, tabId, '1')).toBe('1');
    expect((await waitForTabState(session, tabId)).snapshot?.['pageUrl']).toBe(VILLA_URL);
    await page.evaluate(() => history.pushState({}, '', '/meninger/ordetfritt/?fra=spa'));
    const spaUrl = 'http://www.adressa.no/meninger/ordetfritt/?fra=spa';
    const state = await waitForTabState(session, tabId, (s) => s?.snapshot?.['pageUrl'] === spaUrl);
    expect(state.snapshot?.['pageUrl']).toBe(spaUrl);
    await page.close();
  });
});
