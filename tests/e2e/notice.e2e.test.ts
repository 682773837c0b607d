import { describe, expect, it } from 'vitest';
import { openExtensionPage, ROUTES, VILLA_URL, visit, waitForBadge, waitForTabState } from './harness';
import { session } from './session';

const UNRELATED_URL = ROUTES[1]!.url;

/** Where the article's headline and paragraphs are, and how far the document scrolls. */
interface Layout {
  boxes: string[];
  scrollHeight: number;
  scrollWidth: number;
}
type LayoutWindow = Window & { tilsvarLayout?: () => Layout; tilsvarFirstLayout?: Layout & { noticeThere: boolean } };

/**
 * An init script: records the layout at DOMContentLoaded, before the content script (run at document_idle, and
 * then waiting for the background's answer) can have added anything, and leaves the same measure for later.
 */
function recordFirstLayout() {
  if (window !== window.top) return;
  const layout = (): Layout => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return {
      boxes: [...document.querySelectorAll('article h1, article p')].map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.localName}.${el.className}: ${r.x},${r.y} ${r.width}x${r.height}`;
      }),
      scrollHeight: scroller.scrollHeight,
      scrollWidth: scroller.scrollWidth,
    };
  };
  const w = window as LayoutWindow;
  w.tilsvarLayout = layout;
  document.addEventListener('DOMContentLoaded', () => {
    w.tilsvarFirstLayout = { ...layout(), noticeThere: document.getElementById('tilsvar-notice-host') !== null };
  });
}

describe('the in-page notice', () => {
  it('appears near the headline of an article with an official response, without moving the page', async () => {
    const { page, tabId } = await visit(session, VILLA_URL, { initScript: recordFirstLayout });
    await waitForBadge(session, tabId, '1');
    const pill = page.locator('#tilsvar-notice-host .pill');
    await pill.waitFor();
    expect(await pill.getByRole('button').first().textContent()).toBe('Trondheim kommune has responded in this story');

    const headline = await page.locator('h1').boundingBox();
    const box = await pill.boundingBox();
    expect(Math.abs(box!.y - (headline!.y + headline!.height))).toBeLessThan(20);

    // Nothing outside the notice's own box moves: the headline and paragraphs are where they were before the
    // content script ran, and the document is no taller or wider.
    const { noticeThere, ...first } = (await page.evaluate(() => (window as LayoutWindow).tilsvarFirstLayout))!;
    expect(noticeThere).toBe(false);
    expect(first.boxes.filter((b) => b.startsWith('h1')).length).toBe(1);
    expect(first.boxes.filter((b) => b.startsWith('p')).length).toBeGreaterThanOrEqual(4);
    expect(await page.evaluate(() => (window as LayoutWindow).tilsvarLayout!())).toEqual(first);

    // And the page's layout is the same with and without it.
    const layout = () => page.locator('article *').evaluateAll((nodes) => nodes.map((n) => JSON.stringify(n.getBoundingClientRect())));
    const withNotice = await layout();
    await page.evaluate(() => (document.getElementById('tilsvar-notice-host')!.style.display = 'none'));
    expect(await layout()).toEqual(withNotice);
    await page.evaluate(() => (document.getElementById('tilsvar-notice-host')!.style.display = ''));
    await page.close();
  });

  it('opens the popup content in a panel from the keyboard, and Escape closes it', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const open = page.locator('#tilsvar-notice-host .pill button').first();
    await open.focus();
    await page.keyboard.press('Enter');
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const frame = page.frameLocator('#tilsvar-notice-host iframe');
    await frame.locator('article.card').waitFor();
    expect(await frame.locator('article.card').textContent()).toContain('Bjørn Villa, IT-sjef');
    await page.keyboard.press('Escape');
    expect(await page.locator('#tilsvar-notice-host .panel').count()).toBe(0);
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('is not injected on an article without responses', async () => {
    const { page, tabId } = await visit(session, UNRELATED_URL);
    // The content script has run and reported the page as an article; the background matched no response to it.
    const state = await waitForTabState(session, tabId, (s) => s?.status === 'article');
    expect((state['context'] as { responses: unknown[] }).responses).toEqual([]);
    await page.waitForTimeout(800);
    expect(await page.locator('#tilsvar-notice-host').count()).toBe(0);
    await page.close();
  });

  it('"Hide on this site" switches it off for the site in one click, and the options page shows it', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    await page.locator('#tilsvar-notice-host .pill button').first().click();
    await page.locator('#tilsvar-notice-host').getByRole('button', { name: 'Hide on this site' }).click();
    expect(await page.locator('#tilsvar-notice-host').count()).toBe(0);
    await page.reload();
    await waitForBadge(session, tabId, '1');
    await page.waitForTimeout(800);
    expect(await page.locator('#tilsvar-notice-host').count()).toBe(0);
    await page.close();

    const options = await openExtensionPage(session, 'options.html');
    expect(await options.getByRole('checkbox', { name: 'on Adresseavisen' }).isChecked()).toBe(false);
    await options.getByRole('checkbox', { name: 'on Adresseavisen' }).check();
    await options.close();
  });
});
