// Takes the README's pictures from real Chromium with the built extension: `npm run build` first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openPopup, ROOT, serveFixtures, VILLA_URL, visit, waitForBadge } from '../tests/e2e/harness';

const OUT = join(ROOT, 'docs/images');
const VARIANTS = [
  { name: 'popup-villa-en-light', lang: 'en-US', colorScheme: 'light' },
  { name: 'popup-villa-nb-light', lang: 'nb', colorScheme: 'light' },
  { name: 'popup-villa-en-dark', lang: 'en-US', colorScheme: 'dark' },
  { name: 'popup-villa-nb-dark', lang: 'nb', colorScheme: 'dark' },
] as const;

mkdirSync(OUT, { recursive: true });
const { server, port } = await serveFixtures();
try {
  for (const variant of VARIANTS) {
    const session = await launchWithExtension(port, { lang: variant.lang, colorScheme: variant.colorScheme });
    try {
      const { page, tabId } = await visit(session, VILLA_URL);
      // Wait until the page has reported, so the picture shows the answer and not the loading state.
      await waitForBadge(session, tabId, '1');
      const popup = await openPopup(session, tabId);
      const file = join(OUT, `${variant.name}.png`);
      await popup.screenshot({ path: file });
      console.log(`wrote ${file}`);
      if (variant.name === 'popup-villa-en-light' || variant.name === 'popup-villa-nb-light') {
        // The in-page notice under the headline, then its panel opened.
        await page.bringToFront();
        await page.setViewportSize({ width: 1000, height: 700 });
        const pill = page.locator('#tilsvar-notice-host .pill');
        await pill.waitFor();
        const suffix = variant.lang === 'nb' ? 'nb' : 'en';
        await page.screenshot({ path: join(OUT, `notice-${suffix}.png`) });
        await pill.locator('button').first().click();
        await page.frameLocator('#tilsvar-notice-host iframe').locator('article.card').waitFor();
        await page.screenshot({ path: join(OUT, `notice-panel-${suffix}.png`) });
        console.log(`wrote notice-${suffix}.png, notice-panel-${suffix}.png`);
      }
      if (variant.name === 'popup-villa-en-light') {
        const options = await session.context.newPage();
        await options.setViewportSize({ width: 800, height: 900 });
        await options.goto(`chrome-extension://${session.extensionId}/options.html`);
        await options.waitForSelector('main h1');
        await options.screenshot({ path: join(OUT, 'options-en-light.png'), fullPage: true });
        console.log(`wrote ${join(OUT, 'options-en-light.png')}`);
      }
    } finally {
      await session.close();
    }
  }
} finally {
  server.close();
}
