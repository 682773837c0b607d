import type { Server } from 'node:http';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchWithExtension,
  openPopup,
  ROUTES,
  serveFixtures,
  VILLA_URL,
  type ExtensionSession,
} from './harness';

const UNRELATED_URL = ROUTES[1]!.url;
const FRONT_PAGE_URL = ROUTES[3]!.url;
const OTHER_SITE_URL = ROUTES[4]!.url;

let server: Server;
let session: ExtensionSession;

beforeAll(async () => {
  const fixtures = await serveFixtures();
  server = fixtures.server;
  session = await launchWithExtension(fixtures.port, fixtures.hosts);
});

afterAll(async () => {
  await session?.close();
  server?.close();
});

/** Loads a page and records the extension's isolated worlds created in it (its content script, if any). */
async function visit(url: string): Promise<{ page: Page; tabId: number; extensionWorlds: () => number; cdp: CDPSession }> {
  const before = new Set(await tabIds());
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => {
    const origin: string = event.context.origin ?? '';
    if (event.context.auxData?.type === 'isolated' && origin.includes(session.extensionId)) worlds.push(origin);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  const tabId = (await tabIds()).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId, cdp, extensionWorlds: () => worlds.length };
}

/** Every tab's id, asked of the extension: without the tabs permission it cannot see other sites' URLs. */
async function tabIds(): Promise<number[]> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id!));
}

async function waitForBadge(tabId: number, expected: string): Promise<string> {
  let text = '';
  for (let i = 0; i < 50; i++) {
    text = await badgeText(session, tabId);
    if (text === expected) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return text;
}

describe('the Villa debate piece on adressa.no', () => {
  it('sets the badge to the number of official responses and the popup shows the response and the timeline', async () => {
    const { page, tabId } = await visit(VILLA_URL);
    expect(await waitForBadge(tabId, '1')).toBe('1');

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
    expect(await card.locator('a[href^="https://www.adressa.no/meninger/ordetfritt/"]').count()).toBe(1);

    const events = popup.locator('.timeline > li');
    expect(await events.count()).toBeGreaterThanOrEqual(6);
    const current = popup.locator('.timeline > li.current');
    expect(await current.count()).toBe(1);
    expect(await current.innerText()).toContain('You are here');
    expect(await current.innerText()).toContain('January 22, 2021');
    const dates = await popup.locator('.timeline time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain('2014-05-22');
    await popup.close();
    await page.close();
  });
});

describe('other Adresseavisen pages', () => {
  it('an unrelated article gets no badge and the popup says it has no linked context', async () => {
    const { page, tabId, extensionWorlds } = await visit(UNRELATED_URL);
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
    const { page, tabId } = await visit(FRONT_PAGE_URL);
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('[data-state="not-article"]').innerText()).toContain('Not a news article');
    expect(await badgeText(session, tabId)).toBe('');
    await popup.close();
    await page.close();
  });
});

describe('a page of another site', () => {
  it('gets no content script, no badge, and the popup says the site is not read', async () => {
    const { page, tabId, extensionWorlds } = await visit(OTHER_SITE_URL);
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
    const { page, tabId } = await visit(VILLA_URL);
    expect(await waitForBadge(tabId, '1')).toBe('1');

    await session.stopServiceWorker();

    const popup = await openPopup(session, tabId);
    expect(await popup.locator('article.card').innerText()).toContain('Bjørn Villa, IT-sjef');
    expect(await popup.locator('.timeline > li.current').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
