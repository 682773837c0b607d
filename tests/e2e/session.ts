import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveFixtures, type ExtensionSession, type FixtureServer } from './harness';

// One fixture server and one Chromium with the extension per test file: importing this module sets them up.
export let fixtures: FixtureServer;
export let session: ExtensionSession;

beforeAll(async () => {
  fixtures = await serveFixtures();
  session = await launchWithExtension(fixtures.port);
});

afterAll(async () => {
  await session?.close();
  fixtures?.server.close();
});
