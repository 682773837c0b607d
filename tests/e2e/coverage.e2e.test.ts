import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, launchWithExtension, openExtensionPage, openPopup, VILLA_URL, visit, waitForBadge } from './harness';
import { fixtures, session } from './session';

const NOTE = 'Må svares før fredag – spør kommunikasjonsavdelinga (æøå ÆØÅ)';
const HEADLINE = 'IT som kommunalt verktøy under en pandemi';

const scratch = mkdtempSync(join(tmpdir(), 'tilsvar-coverage-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download: Download = await started;
  const path = join(scratch, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

/** What the coverage page lists, as a user would read it: story, article, status, notes. */
async function rows(page: Page) {
  await page.locator('.article-row').first().waitFor();
  return page.locator('.article-row').evaluateAll((items) =>
    items.map((li) => ({
      story: li.closest('section')?.querySelector('h2')?.textContent ?? '',
      url: li.getAttribute('data-url'),
      status: li.getAttribute('data-status'),
      notes: [...li.querySelectorAll('.notes li')].map((n) => n.textContent?.replace(/^.*?: /, '')),
    })),
  );
}

let csv = '';
let jsonPath = '';
let before: Awaited<ReturnType<typeof rows>> = [];

describe('review status from the popup to the coverage page', () => {
  it('a status and a note set in the popup for the Villa piece show on the coverage page, grouped by story', async () => {
    const { page, tabId } = await visit(session, VILLA_URL);
    expect(await waitForBadge(session, tabId, '1')).toBe('1');
    const popup = await openPopup(session, tabId);
    const review = popup.locator('section[data-section="review"]');
    await review.getByLabel('Review status').selectOption({ label: 'Needs a response' });
    await review.getByText('Saved on this device.').waitFor();
    await review.getByLabel('New note').fill(NOTE);
    await review.getByRole('button', { name: 'Add note' }).click();
    await review.locator('.review-notes li', { hasText: NOTE }).waitFor();
    // A second note, corrected in place from the keyboard, then deleted.
    await review.getByLabel('New note').fill('Ring kommunen');
    await review.getByRole('button', { name: 'Add note' }).click();
    const second = review.locator('.review-notes li', { hasText: 'Ring kommunen' });
    await second.getByRole('button', { name: 'Edit' }).click();
    const field = review.getByLabel('Edit the note');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Ring kommunen før fredag');
    await field.press('Tab');
    await popup.keyboard.press('Enter');
    const edited = review.locator('.review-notes li', { hasText: 'Ring kommunen før fredag' });
    await edited.waitFor();
    expect(await edited.textContent()).toMatch(/\(edited .+\)/);
    expect(await axeViolations(popup)).toEqual([]);
    await edited.getByRole('button', { name: 'Delete note' }).click();
    await edited.waitFor({ state: 'detached' });
    expect(await review.locator('.review-notes li').count()).toBe(1);

    // "Report a wrong link" for the response: kept locally.
    const report = popup.locator('details[data-report="response"]');
    await report.locator('summary').click();
    await report.getByLabel('Comment (optional)').fill('Gjelder et annet vedtak?');
    await report.getByRole('button', { name: 'Save the report' }).click();
    await report.getByText(/Saved on this device only/).waitFor();
    await popup.close();
    await page.close();

    const coverage = await openExtensionPage(session, 'coverage.html');
    const row = coverage.locator('.article-row', { hasText: HEADLINE });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('needs-response');
    expect(await row.locator('.notes').textContent()).toContain(NOTE);
    const story = row.locator('xpath=ancestor::section[1]');
    expect(await story.getAttribute('data-story')).not.toBe('');
    expect(await coverage.locator('.counts li[data-status="needs-response"]').textContent()).toContain('1');

    // Filters: another status hides it; text finds it by a word of the note.
    await coverage.locator('.filters').getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'Accurate' });
    expect(await coverage.locator('.article-row').count()).toBe(0);
    await coverage.locator('.filters').getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'All' });
    await coverage.getByRole('searchbox', { name: /^Search/ }).fill('kommunikasjonsavdelinga');
    expect(await coverage.locator('.article-row').count()).toBe(1);
    await coverage.getByRole('searchbox', { name: /^Search/ }).fill('');

    // The printable report of the story.
    await story.getByRole('button', { name: 'Printable report of this story' }).click();
    await coverage.getByRole('heading', { level: 1, name: /^Coverage report: / }).waitFor();
    const printable = (await coverage.locator('main').textContent()) ?? '';
    expect(printable).toContain(HEADLINE);
    expect(printable).toContain('Needs a response');
    expect(printable).toContain(NOTE);
    expect(await coverage.getByRole('heading', { name: 'Timeline' }).count()).toBe(1);
    await coverage.getByRole('button', { name: 'Back to the overview' }).click();
    await coverage.locator('.article-row').first().waitFor();
    before = await rows(coverage);
    expect(await axeViolations(coverage)).toEqual([]);
    await coverage.close();
  });

  it('the wrong-link report is listed in the options page', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const section = options.locator('section[aria-labelledby="reports-heading"]');
    await section.locator('tbody tr').first().waitFor();
    const text = (await section.locator('tbody').textContent()) ?? '';
    expect(text).toContain('Response');
    expect(text).toContain('Gjelder et annet vedtak?');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});

describe('export and re-import', () => {
  it('exports a CSV a spreadsheet reads (BOM, CRLF, æøå) and a JSON file', async () => {
    const coverage = await openExtensionPage(session, 'coverage.html');
    await coverage.locator('.article-row').first().waitFor();
    const exported = await downloaded(coverage, 'Export the shown articles as CSV');
    expect(exported.name).toMatch(/^tilsvar-coverage-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(exported.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    csv = exported.text;
    expect(csv).toContain('\r\n');
    expect(csv).toContain(HEADLINE);
    expect(csv).toContain('"needs-response"');
    expect(csv).toContain(NOTE);
    console.log(`--- CSV exported by the e2e session (${exported.name}) ---\n${csv.replace(/^\uFEFF/, '')}--- end of CSV ---`);

    const json = await downloaded(coverage, 'Export everything as JSON');
    const parsed = JSON.parse(json.text) as { format: string; schemaVersion: number; history: unknown[]; reviews: unknown[]; reports: unknown[] };
    expect(parsed).toMatchObject({ format: 'tilsvar-records', schemaVersion: 3 });
    expect([parsed.history.length, parsed.reviews.length, parsed.reports.length]).toEqual([1, 1, 1]);
    jsonPath = join(scratch, 'records.json');
    writeFileSync(jsonPath, json.text);
    await coverage.close();
  });

  it('re-imported into a fresh profile, the same rows come back; importing twice adds no duplicates; a hostile file is refused', async () => {
    const fresh = await launchWithExtension(fixtures.port);
    try {
      // History off: opening the popup on the Villa piece records nothing.
      const options = await openExtensionPage(fresh, 'options.html');
      await options.getByLabel('Keep a history of matched articles I open').uncheck();
      await options.getByText('Saved', { exact: false }).first().waitFor();
      const { page, tabId } = await visit(fresh, VILLA_URL);
      await waitForBadge(fresh, tabId, '1');
      const popup = await openPopup(fresh, tabId);
      await popup.locator('section[data-section="review"] select').waitFor();
      await popup.close();
      await page.close();

      const coverage = await openExtensionPage(fresh, 'coverage.html');
      await coverage.getByText(/Nothing recorded yet/).waitFor();

      const input = coverage.locator('input[type="file"]');
      // A review that is valid but for one more field, __proto__: refused for that field alone.
      const hostile = readFileSync(jsonPath, 'utf8').replace(/"reviews": \[\s*\{/, '"reviews": [{"__proto__": {"x": 1},');
      expect(hostile).toContain('"__proto__"');
      await input.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
      await coverage.getByText('The file was refused; nothing was changed. Problems:').waitFor();
      await coverage.getByText(/\$\.reviews\[0\]\.__proto__ is not a known field/).waitFor();
      expect(await coverage.locator('.article-row').count()).toBe(0);

      await input.setInputFiles(jsonPath);
      await coverage.getByText('Imported: 3 records added, 0 merged, 0 already here.').waitFor();
      expect(await rows(coverage)).toEqual(before);
      await input.setInputFiles(jsonPath);
      await coverage.getByText('Imported: 0 records added, 0 merged, 3 already here.').waitFor();
      expect(await rows(coverage)).toEqual(before);

      const again = await downloaded(coverage, 'Export the shown articles as CSV');
      expect(again.text).toBe(csv);
      await coverage.close();
      await options.close();
    } finally {
      await fresh.close();
    }
  });
});
