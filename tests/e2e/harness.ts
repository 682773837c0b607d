import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures');

/** Debian's Chromium, never a downloaded one. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, and quiet: no first-run pages, background fetches, updates or sync of Chromium's own. */
export const QUIET_CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fixture page and the real address it is served under (scheme http: the resolver rules carry no TLS). */
export interface FixtureRoute {
  url: string;
  file: string;
}

export const VILLA_URL =
  'http://www.adressa.no/meninger/ordetfritt/2021/01/22/IT-som-kommunalt-verkt%C3%B8y-under-en-pandemi-23364628.ece';

export const ROUTES: FixtureRoute[] = [
  { url: VILLA_URL, file: 'adressa-villa-debate.html' },
  { url: 'http://www.adressa.no/nyheter/trondheim/2021/03/02/Ny-sykkelvei-langs-Elgeseter-gate-23500001.ece', file: 'adressa-unrelated-news.html' },
  { url: 'http://www.adressa.no/midtnorskdebatt/i/Xq7Fz2/fixture-debattinnlegg-om-skolevei', file: 'adressa-current-platform.html' },
  { url: 'http://www.adressa.no/', file: 'adressa-front-page.html' },
  { url: 'http://www.example-news.test/article/1', file: 'other-site-article.html' },
  { url: 'http://www.adressa.no/pluss/nyheter/2020/03/31/Smittedetektivene-21490959.ece', file: 'adressa-pluss-stub.html' },
  { url: 'http://www.adressa.no/nyheter/2021/01/01/Hostile-29999999.ece', file: 'hostile-metadata.html' },
];

/** One request that reached the fixture server, which every host name resolves to during the tests. */
export interface SeenRequest {
  host: string;
  path: string;
  /** True when it asked for a fixture page: the pages the tests navigate to. */
  fixture: boolean;
}

export interface FixtureServer {
  server: Server;
  port: number;
  hosts: string[];
  /** Every HTTP request that arrived, fixtures or not. */
  requests: SeenRequest[];
  /** Connections that did not speak plain HTTP (TLS handshakes to https: addresses), with the host they named. */
  otherConnections: { host: string }[];
}

/** Serves each fixture under its host and path; anything else is a 404 so no page reaches further. */
export async function serveFixtures(routes: FixtureRoute[] = ROUTES): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  const otherConnections: { host: string }[] = [];
  const byKey = new Map(routes.map((r) => {
    const url = new URL(r.url);
    return [`${url.host}${url.pathname}`, r.file];
  }));
  const server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = (request.url ?? '/').split('?')[0];
    const file = byKey.get(`${host}${path}`);
    requests.push({ host, path: path ?? '/', fixture: Boolean(file) });
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(FIXTURES, file)));
  });
  server.on('clientError', (error: Error & { rawPacket?: Buffer }, socket) => {
    otherConnections.push({ host: error.rawPacket ? (serverNameOf(error.rawPacket) ?? '?') : '?' });
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const hosts = [...new Set(routes.map((r) => new URL(r.url).hostname))];
  return {
    server,
    port: (server.address() as AddressInfo).port,
    hosts,
    requests,
    otherConnections,
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The running service worker; waits for it to start again after `stopServiceWorker`. */
  serviceWorker(): Promise<Worker>;
  /** Stops the extension's service worker the way the browser does when it is idle. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, a fresh profile, and fixture hosts mapped to our server. */
export interface LaunchOptions {
  /** Browser UI language, which `browser.i18n` follows. */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  extensionDir?: string;
  /**
   * The display's size, e.g. '1366x768'. Headless Chromium's own is 800×600, which leaves a toolbar popup
   * 510 px below the toolbar instead of the 600 px it may have.
   */
  screen?: string;
}

export async function launchWithExtension(port: number, options: LaunchOptions = {}): Promise<ExtensionSession> {
  const { lang = 'en-US', colorScheme = 'light', extensionDir = EXTENSION_DIR, screen } = options;
  const profile = mkdtempSync(join(tmpdir(), 'tilsvar-profile-'));
  // Every host name leads to the fixture server, so any request by anyone (the extension included) is seen there.
  const rules = `MAP * 127.0.0.1:${port}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1000, height: 800 },
    locale: lang,
    colorScheme,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}, EXCLUDE localhost`,
      // Chromium would first try https:// for our http:// fixture addresses; the server speaks only http.
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,NetworkTimeServiceQuerying',
      ...(screen ? [`--screen-info={${screen}}`] : []),
    ],
  });
  // Playwright keeps listing a worker the browser has stopped; evaluating in it would hang.
  const stopped = new Set<Worker>();
  const isLive = (w: Worker) => w.url().startsWith('chrome-extension://') && !stopped.has(w);
  const serviceWorker = async () =>
    context.serviceWorkers().findLast(isLive) ??
    (await context.waitForEvent('serviceworker', { predicate: isLive, timeout: 15_000 }));
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async stopServiceWorker() {
      const internals = await context.newPage();
      await internals.goto('chrome://serviceworker-internals/');
      const live = context.serviceWorkers().filter(isLive);
      await internals.getByRole('button', { name: 'Stop' }).first().click();
      await internals.getByText('Running Status: STOPPED').first().waitFor();
      live.forEach((w) => stopped.add(w));
      await internals.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  const worker = await session.serviceWorker();
  return worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens one of the extension's own pages (`options.html`, `coverage.html`) in a new tab, once `readySelector` is there. */
export async function openExtensionPage(session: ExtensionSession, path: string, readySelector = 'main h1'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  await page.waitForSelector(readySelector);
  return page;
}

/**
 * What the background keeps for a tab in `chrome.storage.session` under `tab:<id>` (a `TabContext`, as stored),
 * or null when nothing is stored: the content script has not reported yet.
 */
export type StoredTabState = { status: string; snapshot?: Record<string, unknown>; [key: string]: unknown };

/** Calls `probe` up to `tries` times, `everyMs` apart, until `done` holds for what it gives; the last value, and whether it held. */
async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean, tries: number, everyMs: number): Promise<{ value: T; held: boolean }> {
  let value = await probe();
  for (let i = 1; i < tries && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await probe();
  }
  return { value, held: done(value) };
}

async function tabState(session: ExtensionSession, tabId: number): Promise<StoredTabState | null> {
  const worker = await session.serviceWorker();
  const state = await worker.evaluate(async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
  return state as StoredTabState | null;
}

/** Polls `tabState` (up to 8 s) until `until` holds, by default until anything is stored; throws with the last state otherwise. */
export async function waitForTabState(
  session: ExtensionSession,
  tabId: number,
  until: (state: StoredTabState | null) => boolean = (state) => state !== null,
): Promise<StoredTabState> {
  const { value: state, held } = await poll(() => tabState(session, tabId), (value) => until(value) && value !== null, 80, 100);
  if (held && state) return state;
  throw new Error(`tab ${tabId}: the stored state did not become what was expected; last: ${JSON.stringify(state)?.slice(0, 300)}`);
}

/** Opens the popup for a tab the way tests and tooling do: popup.html?tab=<id>, in its real size. */
export async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('main:not([aria-busy="true"])');
  return popup;
}

/** The real toolbar popup: expressions are evaluated in it (awaited, results by value); closing is waited out. */
export interface ToolbarPopup {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** Polls `probe` every 20 ms for up to 5 s until it gives a truthy value. */
async function until<T>(probe: () => Promise<T>, what: string): Promise<NonNullable<T>> {
  const { value, held } = await poll(probe, Boolean, 250, 20);
  if (!held) throw new Error(`timed out waiting for ${what}`);
  return value as NonNullable<T>;
}

/**
 * Opens the real toolbar popup on the tab `page` shows, with chrome.action.openPopup() as a click on the toolbar
 * button opens it: no ?tab= in its address, and sized by Chromium to its content. Playwright does not list it
 * as a page, so it is reached through the DevTools protocol.
 */
export async function openToolbarPopup(session: ExtensionSession, page: Page): Promise<ToolbarPopup> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  const popupTarget = async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url.includes('/popup.html'));
  await page.bringToFront();
  await (await session.serviceWorker()).evaluate(() => chrome.action.openPopup());
  const target = await until(popupTarget, 'the toolbar popup');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  type Reply = { id: number; result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } } };
  const replies = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as Reply;
    replies.get(reply.id)?.(reply);
  });
  let nextId = 1;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const id = nextId++;
      const reply = new Promise<Reply>((resolve) => replies.set(id, resolve));
      const params = { expression, awaitPromise: true, returnByValue: true };
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) });
      const { result } = await reply;
      if (result?.exceptionDetails) throw new Error(`in the toolbar popup: ${result.exceptionDetails.text}`);
      return result?.result?.value as T;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await until(async () => !(await popupTarget()), 'the toolbar popup to close');
      await cdp.detach();
    },
  };
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA plus best practices) on a page. Evaluated through the DevTools
 * protocol, so the extension's content security policy does not block it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

export interface VisitOptions {
  /**
   * Runs in the page (each of its frames) before any of its own scripts and before the extension's content script:
   * for recording what the page looked like first. Only this page gets it, unlike `context.addInitScript`.
   */
  initScript?: (() => void) | string;
}

/** Loads a page and records the extension's isolated worlds created in it (its content script, if any). */
export async function visit(
  session: ExtensionSession,
  url: string,
  options: VisitOptions = {},
): Promise<{ page: Page; tabId: number; extensionWorlds: () => number; cdp: CDPSession }> {
  const before = new Set(await tabIds(session));
  const page = await session.context.newPage();
  if (options.initScript) await page.addInitScript(options.initScript);
  const cdp = await session.context.newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => {
    const origin: string = event.context.origin ?? '';
    if (event.context.auxData?.type === 'isolated' && origin.includes(session.extensionId)) worlds.push(origin);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  const tabId = (await tabIds(session)).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId, cdp, extensionWorlds: () => worlds.length };
}

/** Every tab's id, asked of the extension: without the tabs permission it cannot see other sites' URLs. */
export async function tabIds(session: ExtensionSession): Promise<number[]> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id!));
}

export async function waitForBadge(session: ExtensionSession, tabId: number, expected: string): Promise<string> {
  return (await poll(() => badgeText(session, tabId), (text) => text === expected, 50, 100)).value;
}

/** The host a TLS ClientHello asks for (its SNI extension), read from the first bytes of the connection. */
export function serverNameOf(hello: Buffer): string | null {
  try {
    if (hello[0] !== 0x16 || hello[5] !== 0x01) return null;
    let at = 9 + 2 + 32; // record header, handshake header, version, random
    at += 1 + hello[at]!; // session id
    at += 2 + hello.readUInt16BE(at); // cipher suites
    at += 1 + hello[at]!; // compression methods
    const end = at + 2 + hello.readUInt16BE(at);
    at += 2;
    while (at + 4 <= end) {
      const type = hello.readUInt16BE(at);
      const length = hello.readUInt16BE(at + 2);
      if (type === 0) return hello.subarray(at + 9, at + 9 + hello.readUInt16BE(at + 7)).toString('latin1');
      at += 4 + length;
    }
  } catch {
    // A truncated hello: no name to report.
  }
  return null;
}
