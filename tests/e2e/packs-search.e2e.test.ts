import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, openPopup, ROOT, ROUTES, VILLA_URL, visit, waitForBadge } from './harness';
import { session } from './session';

const PLUSS_URL = ROUTES.find((r) => r.file === 'adressa-pluss-stub.html')!.url;
const EXAMPLE_PACK = join(ROOT, 'packs/trondheim-kommune-smittevern.json');


const openOptions = () => openExtensionPage(session, 'options.html');

describe('packs', () => {
  it('importing the example pack in the options page makes a page of that pack match; switching it off undoes that', async () => {
    const before = await visit(session, PLUSS_URL);
    const popupBefore = await openPopup(session, before.tabId);
    expect(await popupBefore.locator('[data-state="no-context"]').count()).toBe(1);
    await popupBefore.close();
    await before.page.close();

    const options = await openOptions();
    await options.locator('section[aria-labelledby="packs-heading"] input[type="file"]').setInputFiles(EXAMPLE_PACK);
    await options.getByText('Imported “Trondheim kommune: smittesporing, koronaregler og vaksinasjon”, version 1.0.0.').waitFor();
    const row = options.locator('tr[data-pack="trondheim-kommune-smittevern"]');
    expect(await row.textContent()).toContain('CC BY 4.0');

    const after = await visit(session, PLUSS_URL);
    const popup = await openPopup(session, after.tabId);
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text).toContain('Smittesporing i Trondheim');
    expect(await popup.locator('.timeline li.current').count()).toBe(1);
    expect(await popup.locator('.timeline li.current').textContent()).toContain('Adresseavisen skriver om smittedetektivene');
    expect(await waitForBadge(session, after.tabId, 'none')).toBe('');
    await popup.close();
    await after.page.close();

    // The same file again is not newer: refused, and the installed pack stays.
    await options.locator('section[aria-labelledby="packs-heading"] input[type="file"]').setInputFiles(EXAMPLE_PACK);
    await options.getByText(/The pack was refused; nothing was changed/).waitFor();
    expect(await row.count()).toBe(1);

    await row.getByRole('checkbox', { name: 'Use for matching' }).uncheck();
    const off = await visit(session, PLUSS_URL);
    const popupOff = await openPopup(session, off.tabId);
    expect(await popupOff.locator('[data-state="no-context"]').count()).toBe(1);
    await popupOff.close();
    await off.page.close();

    await row.getByRole('button', { name: /Remove the pack/ }).click();
    await options.getByText('No packs imported.').waitFor();
    await options.close();
  });

  it('a malformed pack is refused with its problems and changes nothing', async () => {
    const options = await openOptions();
    const input = options.locator('section[aria-labelledby="packs-heading"] input[type="file"]');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"pack": {"id": "x"}, "stories": [') });
    await options.getByText(/The pack was refused; nothing was changed/).waitFor();
    expect(await options.locator('.problems li').count()).toBeGreaterThan(0);
    expect(await options.getByText('No packs imported.').count()).toBe(1);
    await options.close();
  });
});

describe('search from the popup', () => {
  it('finds entries across the dataset with the keyboard: type, arrows, enter', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    await waitForBadge(session, tabId, '1');
    const popup = await openPopup(session, tabId);
    const box = popup.getByRole('combobox', { name: 'Search the dataset' });
    await box.focus();
    await box.pressSequentially('temaplan bystyret');
    const options = popup.getByRole('option');
    await options.first().waitFor();
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    const titles = await options.allTextContents();
    expect(titles.some((title) => title.includes('Bystyret vedtar temaplanen for IKT'))).toBe(true);

    await box.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await box.press('ArrowUp');
    const opened = session.context.waitForEvent('page');
    await box.press('Enter');
    const tab = await opened;
    expect(tab.url()).toMatch(/^https?:\/\//);
    await tab.close();

    await box.fill('');
    await box.pressSequentially('zzyzx kvasikrystall');
    await popup.getByText('Nothing in the dataset matches “zzyzx kvasikrystall”.').waitFor();
    await popup.close();
    await page.close();
  });
});
