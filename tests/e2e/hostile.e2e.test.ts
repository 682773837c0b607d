import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialog, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, openPopup, ROOT, ROUTES, visit, waitForBadge, waitForTabState } from './harness';
import { session } from './session';

// Security requirement: strings from pages, datasets and packs are rendered only as text; links come only from
// the dataset and only with https: (or http:) schemes. The page and the packs below carry injection payloads.
const HOSTILE_URL = ROUTES.find((r) => r.file === 'hostile-metadata.html')!.url;
const HOSTILE_PACK = join(ROOT, 'tests/fixtures/packs/hostile-pack.json');
const JAVASCRIPT_PACK = join(ROOT, 'tests/fixtures/packs/javascript-source-pack.json');

/** What the fixture page's headline sources start with (see tests/fixtures/hostile-metadata.html). */
const PAGE_HEADLINE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> \u202eFiendtlig\u202c overskrift \u2066om\u2069 alt';
/** The same with its bidi embedding, override and isolate controls removed, as extraction keeps it. */
const PAGE_HEADLINE_KEPT = PAGE_HEADLINE.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
/** The canonical link, og:url and JSON-LD url of the page. */
const PAGE_JAVASCRIPT_URL = 'javascript:window.__pwned=3';
/** The address the page really has, normalised: what the canonical URL must fall back to. */
const PAGE_CANONICAL = 'https://adressa.no/nyheter/2021/01/01/Hostile-29999999.ece';
/** What the background accepts per string (utils/messages.ts) and what extraction caps a headline at (utils/extract). */
const MAX_MESSAGE_TEXT = 5000;
const MAX_HEADLINE = 500;

interface HostilePack {
  pack: { title: string; publisher: string; licence: string };
  actors: { name: string; roles?: { title: string }[] }[];
  stories: {
    story: { title: string; summary: string };
    articles: { headline: string; url: string }[];
    responses: { role: string; summary: string; quote: string; sources: { publisher: string; title: string; url: string }[] }[];
    events: { title: string; description: string; dateNote?: string }[];
  }[];
}
const pack = JSON.parse(readFileSync(HOSTILE_PACK, 'utf8')) as HostilePack;
const story = pack.stories[0]!;
const response = story.responses[0]!;

/** Every dialog (alert, confirm, prompt, beforeunload) any page of the browser opens, dismissed at once. */
function recordDialogs(): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const onDialog = (dialog: Dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  };
  session.context.on('dialog', onDialog);
  return { seen, stop: () => session.context.off('dialog', onDialog) };
}

interface Inertness {
  /** `window.__pwned`, which every payload would set. */
  pwned: unknown;
  /** Elements that load or run something (their markup, cut short). */
  active: string[];
  /** Elements with an inline event handler attribute (onerror, onload, …). */
  handlers: string[];
  /** Every link's href as written, and its resolved scheme. */
  links: { href: string; protocol: string }[];
  /** Total text in the body, including shadow roots. */
  textLength: number;
}

/** Looks through a document (and the open shadow roots in it) for anything a payload could have created. */
async function inertness(target: Page | Frame): Promise<Inertness> {
  return target.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
    const inBody = (el: Element) => !document.head?.contains(el);
    const describe = (el: Element) => el.outerHTML.slice(0, 200);
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      // Nothing in the body loads or runs code: no img, script, iframe, svg, object, embed, frame and the like. The
      // fixture page's own script and the notice's panel iframe are the expected exceptions, left to the caller.
      active: all
        .filter((el) => inBody(el) && el.id !== 'fixture-script')
        .filter((el) => /^(?:img|script|iframe|frame|object|embed|svg|math|image|video|audio|source|link|meta|base|style)$/i.test(el.localName))
        .filter((el) => !(el.localName === 'style' && el.getRootNode() instanceof ShadowRoot && el.parentNode === el.getRootNode()))
        .map(describe),
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map(describe),
      links: all
        .filter((el): el is HTMLAnchorElement | HTMLAreaElement => (el.localName === 'a' || el.localName === 'area') && el.hasAttribute('href'))
        .map((a) => ({ href: a.getAttribute('href')!, protocol: a.protocol })),
      textLength: roots.reduce((sum, root) => sum + ((root instanceof Document ? root.body : root)?.textContent?.length ?? 0), 0),
    };
  });
}

/** Web and extension links only: never javascript:, data:, file: or anything else. */
function expectSafeLinks(links: Inertness['links']) {
  for (const link of links) {
    expect(link.href.trim().toLowerCase().startsWith('javascript:'), link.href).toBe(false);
    expect(['https:', 'http:', 'chrome-extension:'], link.href).toContain(link.protocol);
  }
}

/** Every string in a value, however deep, with its path. */
function strings(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const openOptions = () => openExtensionPage(session, 'options.html');

const packInput = (options: Page) => options.locator('section[aria-labelledby="packs-heading"] input[type="file"]');

describe('hostile page metadata', () => {
  it('markup, javascript: links, bidi overrides and a 100 KB headline in a page stay inert text, bounded in storage and in the popup', async () => {
    const dialogs = recordDialogs();
    const { page, tabId } = await visit(session, HOSTILE_URL);
    // The page's own script has grown every headline source past 100 KB before the content script reads it.
    const grown = await page.evaluate(() => ({
      title: document.title.length,
      ld: Number(document.documentElement.dataset['longHeadline']),
      h1: document.querySelector('h1')!.textContent!.length,
    }));
    expect(grown.title).toBeGreaterThan(100_000);
    expect(grown.ld).toBeGreaterThan(100_000);
    expect(grown.h1).toBeGreaterThan(100_000);

    // What the background keeps for the tab, once the content script has reported: every string bounded, and the
    // address a web address.
    const state = await waitForTabState(session, tabId);
    expect(state.status).toBe('article');
    const snapshot = state.snapshot!;
    const long = strings(state).filter((s) => s.text.length > MAX_MESSAGE_TEXT);
    expect(long.map((s) => `${s.path}: ${s.text.length}`)).toEqual([]);
    expect(snapshot['canonicalUrl']).toBe(PAGE_CANONICAL);
    for (const key of ['canonicalUrl', 'pageUrl']) expect(String(snapshot[key])).toMatch(/^https?:\/\//);
    expect(JSON.stringify([snapshot['canonicalUrl'], snapshot['pageUrl']])).not.toContain(PAGE_JAVASCRIPT_URL);
    const headline = String(snapshot['headline']);
    expect(headline.startsWith(PAGE_HEADLINE_KEPT)).toBe(true);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE);
    expect(String(snapshot['description']).startsWith('<script>window.__pwned=2</script>')).toBe(true);
    expect(snapshot['byline']).toEqual(['<img src=x onerror=alert(document.domain)>']);

    const popup = await openPopup(session, tabId);
    // The headline, site name and section are shown as the very characters the page wrote, payloads included;
    // only the bidi controls are gone, which would otherwise reverse Tilsvar's own words around them.
    const shown = await popup.locator('header.article h1').textContent();
    expect(shown).toBe(headline);
    expect(shown).toContain('<img src=x onerror="window.__pwned=1">');
    expect(shown).toContain('<script>window.__pwned=2</script>');
    expect(shown).toContain('Fiendtlig overskrift om alt');
    expect(JSON.stringify(state)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const meta = (await popup.locator('header.article .article-meta').textContent()) ?? '';
    expect(meta).toContain(String(snapshot['siteName']));
    expect(meta).toContain(String(snapshot['section']));
    expect(String(snapshot['section'])).toContain('<iframe src="javascript:window.__pwned=5"></iframe>');

    const inPopup = await inertness(popup);
    expect(inPopup.pwned).toBeUndefined();
    expect(inPopup.active).toEqual([]);
    expect(inPopup.handlers).toEqual([]);
    expectSafeLinks(inPopup.links);
    // Bounded: the popup holds a few kilobytes of text, not the page's 100 KB.
    expect(inPopup.textLength).toBeLessThan(10_000);

    // Nor did anything run in the page itself, or in the extension's service worker.
    const inPage = await inertness(page);
    expect(inPage.pwned).toBeUndefined();
    expect(inPage.active).toEqual([]);
    expect(inPage.handlers).toEqual([]);
    const worker = await session.serviceWorker();
    expect(await worker.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();

    await page.waitForTimeout(300);
    dialogs.stop();
    expect(dialogs.seen).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('hostile packs', () => {
  it('a pack with a javascript: source link is refused with a message naming the field, and nothing is imported', async () => {
    const dialogs = recordDialogs();
    const options = await openOptions();
    await packInput(options).setInputFiles(JAVASCRIPT_PACK);
    await options.getByText('The pack was refused; nothing was changed. 1 problem(s):').waitFor();
    expect(await options.locator('.problems li').allTextContents()).toEqual([
      'javascript-source-pack.json $.stories[0].events[0].sources[0].url: error: a source URL must be https',
    ]);
    expect(await options.getByText('No packs imported.').count()).toBe(1);
    const inOptions = await inertness(options);
    expect(inOptions.pwned).toBeUndefined();
    expectSafeLinks(inOptions.links);
    dialogs.stop();
    expect(dialogs.seen).toEqual([]);
    await options.close();
  });

  it('a valid pack whose texts carry markup, direction marks and maximum-length strings shows them as inert text everywhere', async () => {
    const dialogs = recordDialogs();
    const options = await openOptions();
    await packInput(options).setInputFiles(HOSTILE_PACK);
    await options.locator('.pack-outcome .ok').waitFor();
    expect(await options.locator('.pack-outcome .ok').textContent()).toBe(`Imported “${pack.pack.title}”, version 1.0.0.`);
    const row = options.locator('tr[data-pack="fiendtlig-testpakke"]');
    const rowText = (await row.textContent()) ?? '';
    for (const text of [pack.pack.title, pack.pack.publisher, pack.pack.licence]) expect(rowText).toContain(text);
    const inOptions = await inertness(options);
    expect(inOptions.pwned).toBeUndefined();
    expect(inOptions.active).toEqual([]);
    expect(inOptions.handlers).toEqual([]);
    expectSafeLinks(inOptions.links);

    const { page, tabId } = await visit(session, HOSTILE_URL);
    expect(await waitForBadge(session, tabId, '1')).toBe('1');
    const [organisation, person] = pack.actors;

    // The in-page notice names the organisation as text, in the news page's own document.
    const pill = page.locator('#tilsvar-notice-host .pill button').first();
    await pill.waitFor();
    expect(await pill.textContent()).toBe(`${organisation!.name} has responded in this story`);
    await pill.click();
    await expect.poll(() => page.frames().some((f) => f.url().includes('/popup.html'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/popup.html'))!;
    await frame.waitForSelector('article.card');
    const inFrame = await inertness(frame);
    expect(inFrame.pwned).toBeUndefined();
    expect(inFrame.active).toEqual([]);
    expect(inFrame.handlers).toEqual([]);
    expectSafeLinks(inFrame.links);
    const inPage = await inertness(page);
    expect(inPage.pwned).toBeUndefined();
    // The notice's own panel frame (an extension page) is the only element of its kind in the news page.
    expect(inPage.active.map((el) => el.replace(/ src="[^"]*"/, ''))).toEqual(['<iframe title="Tilsvar"></iframe>']);
    expect(inPage.handlers).toEqual([]);

    const popup = await openPopup(session, tabId);
    const card = popup.locator('article.card');
    await card.waitFor();
    expect(await card.locator('.organisation').textContent()).toBe(organisation!.name);
    expect(await card.getAttribute('aria-label')).toBe(`Response from ${organisation!.name}`);
    expect(await card.locator('.person').textContent()).toBe(`${person!.name}, ${response.role}`);
    expect(person!.name).toHaveLength(300);
    expect(await card.locator(':scope > p:not([class])').textContent()).toBe(response.summary);
    expect(response.summary).toHaveLength(3000);
    expect(await card.locator('blockquote').textContent()).toBe(`«${response.quote}»`);
    expect(await card.locator('.responds-to a').textContent()).toBe(story.articles[0]!.headline);
    expect(await card.locator('.source-link a').textContent()).toBe(`Read the response (${response.sources[0]!.publisher})`);

    const event = popup.locator('.timeline li.current');
    expect(await event.locator('.event-title').textContent()).toBe(story.events[0]!.title);
    expect(await event.locator('.event-text').textContent()).toBe(story.events[0]!.description);
    expect(story.events[0]!.description).toHaveLength(3000);
    expect(await event.locator('.note').first().textContent()).toBe(story.events[0]!.dateNote);
    expect(await popup.locator('.story').first().textContent()).toBe(`Same story: ${story.story.title}. ${story.story.summary}`);
    expect(await popup.locator('[data-section="links"] a').first().textContent()).toBe(story.articles[1]!.headline);
    expect(await popup.locator('[data-section="links"] a').first().getAttribute('href')).toBe(story.articles[1]!.url);

    // The pack's links are all there, as the pack wrote them: https, and the one http source.
    const inPopup = await inertness(popup);
    expect(inPopup.pwned).toBeUndefined();
    expect(inPopup.active).toEqual([]);
    expect(inPopup.handlers).toEqual([]);
    expectSafeLinks(inPopup.links);
    const hrefs = inPopup.links.map((l) => l.href);
    expect(hrefs).toContain('http://fiendtlig.example/bare-http');
    expect(hrefs).toContain(story.articles[0]!.url);
    // Bounded: the schema's limits (3,000 characters a text) keep the popup's text to tens of kilobytes.
    expect(inPopup.textLength).toBeLessThan(40_000);

    // Search lists the pack's entries as text too.
    const box = popup.getByRole('combobox', { name: 'Search the dataset' });
    await box.fill('fiendtlig hendelse');
    await popup.getByRole('option').first().waitFor();
    const titles = await popup.locator('#search-results .result-title').allTextContents();
    expect(titles).toContain(story.events[0]!.title);
    const afterSearch = await inertness(popup);
    expect(afterSearch.pwned).toBeUndefined();
    expect(afterSearch.active).toEqual([]);
    expect(afterSearch.handlers).toEqual([]);

    // Opening the popup on the matched page recorded it: the coverage page lists it as text as well.
    await popup.locator('[data-section="review"] select').waitFor();
    const coverage = await openExtensionPage(session, 'coverage.html');
    const rowEl = coverage.locator(`.article-row[data-url="${PAGE_CANONICAL}"]`);
    await rowEl.waitFor();
    expect(await rowEl.locator('.headline').textContent()).toContain(PAGE_HEADLINE_KEPT);
    expect(await coverage.locator('section.story h2').allTextContents()).toContain(story.story.title);
    const inCoverage = await inertness(coverage);
    expect(inCoverage.pwned).toBeUndefined();
    expect(inCoverage.active).toEqual([]);
    expect(inCoverage.handlers).toEqual([]);
    expectSafeLinks(inCoverage.links);
    await coverage.close();

    await page.waitForTimeout(300);
    dialogs.stop();
    expect(dialogs.seen).toEqual([]);
    await popup.close();
    await page.close();

    await row.getByRole('button', { name: /Remove the pack/ }).click();
    await options.getByText('No packs imported.').waitFor();
    await options.close();
  });
});

describe('the checks themselves', () => {
  it('notice a payload that does run: an img onerror sets __pwned, leaves its element and handler, and opens a dialog', async () => {
    const dialogs = recordDialogs();
    const blank = await session.context.newPage();
    await blank.setContent('<p>control</p>');
    await blank.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=99;alert(99)"><a href="javascript:void 0">x</a>'),
    );
    await expect.poll(() => dialogs.seen.length).toBe(1);
    dialogs.stop();
    expect(dialogs.seen).toEqual(['alert: 99']);
    const found = await inertness(blank);
    expect(found.pwned).toBe(99);
    expect(found.active).toEqual(['<img src="x" onerror="window.__pwned=99;alert(99)">']);
    expect(found.handlers).toHaveLength(1);
    expect(() => expectSafeLinks(found.links)).toThrow();
    await blank.close();
  });
});
