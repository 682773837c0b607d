import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  openPopup,
  ROUTES,
  serveFixtures,
  VILLA_URL,
  visit,
  waitForBadge,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

let fixtures: FixtureServer;
let session: ExtensionSession;

// Requests Chromium makes for itself whatever extensions are loaded: tab icons, its component updater and
// its account service. Requests by the extension's own contexts are caught separately, by initiator.
const BROWSER_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com', 'clients2.google.com']);
const BROWSER_OWN = (r: { host: string; path?: string }) => r.path === '/favicon.ico' || BROWSER_HOSTS.has(r.host);

/** Requests started by an extension context (its pages or its service worker) for anything but its own files. */
const fromExtension: string[] = [];

beforeAll(async () => {
  // Lets Playwright report the service worker's own requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  fixtures = await serveFixtures();
  session = await launchWithExtension(fixtures.port);
  session.context.on('request', (request) => {
    const worker = request.serviceWorker();
    const initiator = worker?.url() ?? request.frame().url();
    if (initiator.startsWith('chrome-extension://') && !request.url().startsWith('chrome-extension://')) {
      fromExtension.push(`${initiator} → ${request.url()}`);
    }
  });
});

afterAll(async () => {
  await session?.close();
  fixtures?.server.close();
});

it('a whole session (articles, front page, another site, popup, options) makes no network request of its own', async () => {
  for (const route of ROUTES) {
    const { page, tabId } = await visit(session, route.url);
    const popup = await openPopup(session, tabId);
    await popup.close();
    if (route.url === VILLA_URL) await waitForBadge(session, tabId, '1');
    await page.close();
  }
  const options = await openExtensionPage(session, 'options.html');
  await options.close();
  // Give anything queued a moment to go out before looking.
  await new Promise((r) => setTimeout(r, 1000));

  expect(fromExtension).toEqual([]);
  // Every host resolves to the fixture server: apart from the browser's own, it saw exactly the pages we opened.
  const seen = fixtures.requests.filter((r) => !BROWSER_OWN(r));
  expect(seen.filter((r) => !r.fixture)).toEqual([]);
  expect(seen.length).toBe(ROUTES.length);
  expect(fixtures.otherConnections.filter((c) => !BROWSER_OWN(c))).toEqual([]);
});
