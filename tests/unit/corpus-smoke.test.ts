// Smoke test over the shared corpus of real saved pages (outside the repository; never copied into it).
// Runs only when ../shared/corpus exists next to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractSnapshot } from '../../utils/extract';

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function norwegianPages(): { id: string; url: string }[] {
  if (!existsSync(`${corpusDir}MANIFEST.tsv`)) return [];
  const [header, ...rows] = readFileSync(`${corpusDir}MANIFEST.tsv`, 'utf8').trim().split('\n').map((line) => line.split('\t'));
  const col = (name: string) => header!.indexOf(name);
  return rows
    .filter((row) => ['no', 'nb'].includes(row[col('language')] ?? ''))
    .map((row) => ({ id: row[col('id')]!, url: row[col('url')]! }));
}

describe.skipIf(!existsSync(corpusDir))('corpus smoke test: Norwegian pages', () => {
  const pages = norwegianPages();

  it('has Norwegian pages to test', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('$id is an article with a headline', ({ id, url }) => {
    const { document } = parseHTML(readFileSync(`${corpusDir}${id}/source.html`, 'utf8'));
    const snapshot = extractSnapshot(document as unknown as Document, url);
    expect(snapshot.isArticle).toBe(true);
    expect(snapshot.headline?.trim()).toBeTruthy();
  });
});
