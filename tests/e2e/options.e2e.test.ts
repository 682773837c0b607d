import { describe, expect, it } from 'vitest';
import { axeViolations, openExtensionPage, openPopup, VILLA_URL, visit, waitForBadge } from './harness';
import { session } from './session';


const openOptions = () => openExtensionPage(session, 'options.html');

describe('the options page', () => {
  it('has no accessibility violations in light and dark themes', async () => {
    const options = await openOptions();
    expect(await options.locator('h2').allTextContents()).toEqual(['Language', 'In-page notice', 'News sites', 'Packs', 'History and coverage', 'Wrong-link reports', 'Privacy']);
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('switching the language to nynorsk changes the popup, and back to automatic restores English', async () => {
    const options = await openOptions();
    // The page reloads itself in the new language, so click rather than check-and-verify.
    await options.getByLabel('Norsk nynorsk').click();
    await options.waitForSelector('h1:text("Innstillingar for Tilsvar")');

    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const popup = await openPopup(session, tabId);
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text).toContain('Offisielle tilsvar');
    expect(text).toContain('Bestrid');
    expect(text).toContain('Du er her');
    expect(text).toContain('22. januar 2021');
    expect(await popup.locator('html').getAttribute('lang')).toBe('nn');
    await popup.close();

    await options.getByLabel('Automatisk (språket i nettlesaren)').click();
    await options.waitForSelector('h1:text("Tilsvar options")');
    const again = await openPopup(session, tabId);
    expect(await again.locator('main').textContent()).toContain('Official responses');
    await again.close();
    await page.close();
    await options.close();
  });

  it('switching a site off makes Tilsvar do nothing there, and on again restores it', async () => {
    const options = await openOptions();
    const siteBox = options.locator('section[aria-labelledby="sites-heading"]').getByRole('checkbox', { name: /^Adresseavisen\b/ });
    await siteBox.uncheck();
    await options.getByText('Saved.').waitFor();

    const { page, tabId } = await visit(session, VILLA_URL);
    const popup = await openPopup(session, tabId);
    expect(await popup.locator('[data-state="disabled"]').textContent()).toContain('Switched off for this site');
    expect(await waitForBadge(session, tabId, 'never')).toBe('');
    await popup.close();
    await page.close();

    await siteBox.check();
    const second = await visit(session, VILLA_URL);
    expect(await waitForBadge(session, second.tabId, '1')).toBe('1');
    await second.page.close();
    await options.close();
  });
});
