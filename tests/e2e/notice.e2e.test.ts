import { describe, expect, it } from 'vitest';
import { ROUTES, VILLA_URL, visit, waitForBadge } from './harness';
import { session } from './session';

const UNRELATED_URL = ROUTES[1]!.url;


describe('the in-page notice', () => {
  it('appears near the headline of an article with an official response, without moving the page', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const pill = page.locator('#tilsvar-notice-host .pill');
    await pill.waitFor();
    expect(await pill.getByRole('button').first().textContent()).toBe('Trondheim kommune has responded in this story');

    const headline = await page.locator('h1').boundingBox();
    const box = await pill.boundingBox();
    expect(Math.abs(box!.y - (headline!.y + headline!.height))).toBeLessThan(20);

    // Nothing outside the notice's own box moves: the page's layout is the same with and without it.
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
    const { page } = await visit(session, UNRELATED_URL);
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

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    expect(await options.getByRole('checkbox', { name: 'on Adresseavisen' }).isChecked()).toBe(false);
    await options.getByRole('checkbox', { name: 'on Adresseavisen' }).check();
    await options.close();
  });
});
