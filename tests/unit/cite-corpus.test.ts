// Citations of real saved pages from the shared corpus (outside the repository; never copied into it).
// Runs only when ../shared/corpus exists next to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type CiteStyle, citableFromSnapshot, formatCitation } from '../../utils/cite';
import { extractSnapshot } from '../../utils/extract';

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const STYLES: CiteStyle[] = ['apa', 'chicago', 'mla', 'bibtex', 'csl-json', 'markdown'];

function articlePages(): { id: string; url: string }[] {
  if (!existsSync(`${corpusDir}MANIFEST.tsv`)) return [];
  const [header, ...rows] = readFileSync(`${corpusDir}MANIFEST.tsv`, 'utf8').trim().split('\n').map((line) => line.split('\t'));
  const col = (name: string) => header!.indexOf(name);
  return rows
    .filter((row) => ['no', 'nb', 'nn'].includes(row[col('language')] ?? '') && row[col('is_article')] === 'true')
    .map((row) => ({ id: row[col('id')]!, url: row[col('url')]! }));
}

describe.skipIf(!existsSync(corpusDir))('citations of Norwegian corpus articles', () => {
  const pages = articlePages();

  it('has Norwegian articles to cite', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('$id is citable in every style without gaps', ({ id, url }) => {
    const { document } = parseHTML(readFileSync(`${corpusDir}${id}/source.html`, 'utf8'));
    const citable = citableFromSnapshot(extractSnapshot(document as unknown as Document, url));
    expect(citable.title).toBeTruthy();
    for (const style of STYLES) {
      for (const lang of ['nb', 'en'] as const) {
        const text = formatCitation(citable, style, lang);
        expect(text, `${style} ${lang}`).not.toMatch(/undefined|NaN|\[object|(?<!\.)\.\.(?!\.)|\s,|,,/);
      }
    }
    const [item] = JSON.parse(formatCitation(citable, 'csl-json', 'nb'));
    expect(item.URL).toMatch(/^https?:\/\//);
    expect(Object.values(item)).not.toContain(null);
    const bib = formatCitation(citable, 'bibtex', 'nb').replace(/\\[{}]/g, '');
    expect(bib.split('{').length).toBe(bib.split('}').length);
  });
});
