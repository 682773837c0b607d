import { describe, expect, it } from 'vitest';
import { openPopup, VILLA_URL, visit, waitForBadge } from './harness';
import { session } from './session';


describe('spoofed and malformed messages', () => {
  it('a page script cannot reach the extension, and window.postMessage changes nothing', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const reachable = await page.evaluate(() => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    });
    expect(reachable).toBe('undefined');
    await page.evaluate(() => {
      for (const type of ['page:detected', 'context:get', 'notice:hide']) {
        window.postMessage({ type, tabId: 1, scope: 'all', snapshot: { isArticle: true, headline: 'Forged' } }, '*');
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('h1').textContent()).toBe('IT som kommunalt verktøy under en pandemi');
    await popup.close();
    await page.close();
  });

  it('an extension page cannot pose as a content script, and malformed messages get no answer', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const popup = await openPopup(session, tabId);
    const replies = await popup.evaluate(async (id: number) => {
      const send = (message: unknown) => chrome.runtime.sendMessage(message).then((r: unknown) => r ?? null, (e: Error) => `error: ${e.message}`);
      const forged = {
        pageUrl: 'https://www.adressa.no/x', siteId: 'adressa', isArticle: false, canonicalUrl: 'https://adressa.no/x',
        outletArticleId: null, headline: 'Forged', byline: [], published: null, modified: null, siteName: null,
        section: null, isOpinion: false, paywalled: false, language: null, description: null,
      };
      return Promise.all([
        send({ type: 'page:detected', snapshot: forged }),
        send({ type: 'notice:hide', scope: 'all' }),
        send({ type: 'context:get', tabId: String(id) }),
        send({ type: 'context:get' }),
        send('context:get'),
        send({ type: 'dataset:replace', data: [] }),
      ]);
    }, tabId);
    expect(replies.every((reply) => reply === null || String(reply).startsWith('error:'))).toBe(true);
    await popup.reload();
    await popup.waitForSelector('main:not([aria-busy="true"])');
    expect(await popup.locator('h1').textContent()).toBe('IT som kommunalt verktøy under en pandemi');
    expect(await badgeOf(tabId)).toBe('1');
    const worker = await session.serviceWorker();
    const settings = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);
    expect(settings).toBeNull();
    await popup.close();
    await page.close();
  });
});

async function badgeOf(tabId: number): Promise<string> {
  return waitForBadge(session, tabId, '1');
}
