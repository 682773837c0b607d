import { describe, expect, it } from 'vitest';
import { axeViolations, badgeText, openExtensionPage, openPopup, openToolbarPopup, ROUTES, VILLA_URL, visit, waitForBadge } from './harness';
import { session } from './session';

const UNRELATED_URL = ROUTES[1]!.url;
const FRONT_PAGE_URL = ROUTES[3]!.url;
const OTHER_SITE_URL = ROUTES[4]!.url;


describe('the Villa debate piece on adressa.no', () => {
  it('sets the badge to the number of official responses and the popup shows the response and the timeline', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    expect(await waitForBadge(session, tabId, '1')).toBe('1');

    const popup = await openPopup(session, tabId);
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text).toContain('IT som kommunalt verktøy under en pandemi');
    expect(text).toContain('Opinion');
    expect(text).toContain('Official responses');

    const card = popup.locator('article.card');
    await expect.poll(() => card.count()).toBe(1);
    const cardText = await card.innerText();
    expect(cardText).toContain('Trondheim kommune');
    expect(cardText).toContain('Bjørn Villa, IT-sjef');
    expect(cardText).toContain('Disputes');
    expect(cardText).toContain('January 22, 2021');
    expect(cardText).toContain('Debate piece');
    expect(await card.locator('.source-link a').getAttribute('href')).toMatch(/^https:\/\/www\.adressa\.no\/meninger\/ordetfritt\//);

    const events = popup.locator('.timeline li.event');
    expect(await events.count()).toBeGreaterThanOrEqual(6);
    const current = popup.locator('.timeline li.current');
    expect(await current.count()).toBe(1);
    expect(await current.innerText()).toContain('You are here');
    expect(await current.innerText()).toContain('January 22, 2021');
    const dates = await popup.locator('.timeline time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain('2014-05-22');
    const years = await popup.locator('.timeline .year-heading').allTextContents();
    expect(years).toEqual([...new Set(dates.map((d) => d!.slice(0, 4)))]);

    const links = popup.locator('[data-section="links"]');
    expect(await links.textContent()).toContain('This article answers:');

    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('the toolbar popup', () => {
  it('opens on the active tab with its data, 380 px wide and at most 600 px tall, scrolling only inside', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const popup = await openToolbarPopup(session, page);
    try {
      // Headless Chromium's screen is 800×600, which leaves the popup less than 600 px below the toolbar: the
      // page must fit the shorter window rather than scroll as a whole.
      const shown = await popup.evaluate<{ headline: string; status: string; width: number; height: number; overflowX: number; overflowY: number; contentScrolls: boolean }>(`
        new Promise((resolve) => {
          const root = document.documentElement;
          const read = () => ({
            headline: document.querySelector('h1')?.textContent ?? '',
            status: document.querySelector('main')?.dataset.status ?? '',
            width: innerWidth,
            height: innerHeight,
            overflowX: root.scrollWidth - root.clientWidth,
            overflowY: root.scrollHeight - innerHeight,
            contentScrolls: document.querySelector('.content').scrollHeight > document.querySelector('.content').clientHeight,
          });
          // Once the data is there and Chromium has sized the window to it: the same figures for 5 frames running.
          let last = '';
          let steady = 0;
          const poll = () => {
            const now = JSON.stringify(read());
            steady = document.querySelector('main:not([aria-busy="true"]) h1') && now === last ? steady + 1 : 0;
            last = now;
            if (steady >= 5) resolve(read());
            else requestAnimationFrame(poll);
          };
          poll();
        })`);
      expect(shown.headline).toBe('IT som kommunalt verktøy under en pandemi');
      expect(shown.status).toBe('article');
      expect(shown.width).toBe(380);
      expect(shown.height).toBeGreaterThan(300);
      expect(shown.height).toBeLessThanOrEqual(600);
      expect(shown.overflowX).toBe(0);
      expect(shown.overflowY).toBeLessThanOrEqual(0);
      expect(shown.contentScrolls).toBe(true);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('citations for debaters', () => {
  it('copies the response as APA 7 and the whole context as Markdown', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const popup = await openPopup(session, tabId);
    // Headless Chromium cannot grant clipboard reading to an extension origin: record what is written instead.
    await popup.evaluate(() => {
      const written: string[] = [];
      (window as unknown as { written: string[] }).written = written;
      navigator.clipboard.writeText = async (text: string) => void written.push(text);
    });
    const clipboard = () => popup.evaluate(() => (window as unknown as { written: string[] }).written.at(-1) ?? '');

    const card = popup.locator('article.card');
    await card.getByText('Cite', { exact: true }).click();
    await card.getByRole('button', { name: 'APA 7' }).click();
    await card.getByText('Copied to the clipboard.').waitFor();
    expect(await clipboard()).toBe(
      'Villa, B. (2021, January 22). IT som kommunalt verktøy under en pandemi. Adresseavisen. ' +
        'https://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece',
    );

    await popup.getByRole('button', { name: 'Copy context summary (Markdown)' }).click();
    await popup.locator('header.article .copy-status', { hasText: 'Copied to the clipboard.' }).waitFor();
    const summary = await clipboard();
    expect(summary).toContain('IT som kommunalt verktøy under en pandemi');
    expect(summary).toContain('Trondheim kommune');
    expect(summary).toContain('2014');
    expect(summary).toMatch(/\]\(https:\/\/www\.adressa\.no\/meninger\/ordetfritt\//);
    await popup.close();
    await page.close();
  });
});

describe('reporting a wrong link', () => {
  it("an item's own \"Wrong link?\" opens the report with that item chosen and the comment field focused; the report is kept", async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const popup = await openPopup(session, tabId);
    const event = popup.locator('.timeline li', { hasText: 'Bystyret vedtar temaplanen for IKT' });
    await event.getByRole('button', { name: /^Report a wrong link: 2014-05-22: Bystyret vedtar temaplanen for IKT$/ }).click();
    const report = popup.locator('details[data-report="event"]');
    expect(await report.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const chosen = await report.locator('select').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(chosen).toBe('2014-05-22: Bystyret vedtar temaplanen for IKT');
    const comment = report.getByLabel('Comment (optional)');
    expect(await comment.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.type('Vedtaket gjaldt en annen plan?');
    await report.getByRole('button', { name: 'Save the report' }).click();
    await report.getByText(/Saved on this device only/).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();

    const options = await openExtensionPage(session, 'options.html');
    const rows = options.locator('section[aria-labelledby="reports-heading"] tbody tr');
    await rows.first().waitFor();
    const text = (await rows.first().textContent()) ?? '';
    expect(text).toContain('Vedtaket gjaldt en annen plan?');
    expect(text).toContain('Timeline event: temaplan-vedtatt-i-bystyret');
    await options.close();
  });
});

describe('other Adresseavisen pages', () => {
  it('an unrelated article gets no badge and the popup says it has no linked context', async () => {
    const { page, tabId, extensionWorlds } = await visit(session, UNRELATED_URL);
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('main').getAttribute('data-status')).toBe('article');
    expect(await popup.locator('[data-state="no-context"]').innerText()).toContain('No linked context');
    expect(await popup.locator('article.card').count()).toBe(0);
    expect(await badgeText(session, tabId)).toBe('');
    expect(extensionWorlds()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('the front page is not an article, even though it declares og:type=article', async () => {
    const { page, tabId } = await visit(session, FRONT_PAGE_URL);
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('[data-state="not-article"]').innerText()).toContain('Not a news article');
    expect(await badgeText(session, tabId)).toBe('');
    await popup.close();
    await page.close();
  });
});

describe('a page of another site', () => {
  it('gets no content script, no badge, and the popup says the site is not read', async () => {
    const { page, tabId, extensionWorlds } = await visit(session, OTHER_SITE_URL);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(extensionWorlds()).toBe(0);
    expect(await badgeText(session, tabId)).toBe('');
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('[data-state="unsupported"]').innerText()).toContain('Not a news site Tilsvar reads');
    await popup.close();
    await page.close();
  });
});

// Last: Playwright does not see the worker the browser starts again, so later tests could not reach it.
describe('a service worker restart', () => {
  it('still answers the popup after the service worker was stopped', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    expect(await waitForBadge(session, tabId, '1')).toBe('1');

    await session.stopServiceWorker();

    const popup = await openPopup(session, tabId);
    expect(await popup.locator('article.card').innerText()).toContain('Bjørn Villa, IT-sjef');
    expect(await popup.locator('.timeline li.current').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
